import { useParams } from 'react-router';
import { ProjectView } from '../../features/projects/components/project-view.tsx';

export function ProjectPage() {
  const { id } = useParams();
  // A new id is a new page: nothing (open forms, tabs) carries over from the last project.
  return <ProjectView key={id} id={Number(id)} />;
}
