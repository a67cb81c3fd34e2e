export function SchemePage() {
  return null;
}
