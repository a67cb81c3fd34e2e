import { BulletinsView } from '../../features/bulletins/components/bulletins-view.tsx';

/** /bulletins and /bulletins/:id: the monthly bulletins, or one of them. */
export function BulletinsPage() {
  return <BulletinsView />;
}
