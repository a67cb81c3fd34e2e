export function DataQualityPage() {
  return null;
}
