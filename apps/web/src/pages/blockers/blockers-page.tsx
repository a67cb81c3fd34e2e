import { BlockerList } from '../../features/blockers/components/blocker-list.tsx';

export function BlockersPage() {
  return <BlockerList />;
}
