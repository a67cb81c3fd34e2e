import { MajorProjectsBoard } from '../../features/major-projects/components/major-projects-board.tsx';

export function MajorProjectsPage() {
  return <MajorProjectsBoard />;
}
