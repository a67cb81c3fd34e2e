import { UnitList } from '../../../features/org/components/unit-list.tsx';

export function UnitsPage() {
  return <UnitList />;
}
