import { MajorProjectsBoard } from '../../features/project-work/components/major-projects-board.tsx';

export function MajorProjectsPage() {
  return <MajorProjectsBoard />;
}
