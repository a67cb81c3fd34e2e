import { ProjectList } from '../../features/projects/components/project-list.tsx';

export function ProjectsPage() {
  return <ProjectList />;
}
