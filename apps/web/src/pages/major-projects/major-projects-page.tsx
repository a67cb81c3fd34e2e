export function MajorProjectsPage() {
  return null;
}
