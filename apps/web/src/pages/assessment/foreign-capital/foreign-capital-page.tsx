export function ForeignCapitalPage() {
  return null;
}
