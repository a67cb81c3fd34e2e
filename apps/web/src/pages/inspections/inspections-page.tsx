import { InspectionsView } from '../../features/inspections/components/inspections-view.tsx';

/** /inspections: the daily inspections (日常督查). */
export function InspectionsPage() {
  return <InspectionsView />;
}
