import { NoticesView } from '../../features/notices/components/notices-view.tsx';

/** /notices and /notices/:id: the point-to-point notices, or one of them. */
export function NoticesPage() {
  return <NoticesView />;
}
