import { RotationsView } from '../../features/rotations/components/rotations-view.tsx';

/** /rotations: resident-bureau rotations (轮换派驻) and handovers. */
export function RotationsPage() {
  return <RotationsView />;
}
