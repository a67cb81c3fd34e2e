import { BlockerList } from '../../features/project-work/components/blocker-list.tsx';

export function BlockersPage() {
  return <BlockerList />;
}
