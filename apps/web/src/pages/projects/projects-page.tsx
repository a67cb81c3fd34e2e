import { ComingSoon } from '../../components/coming-soon.tsx';

export function ProjectsPage() {
  return <ComingSoon titleKey="nav.projects" descriptionKey="comingSoon.projects" />;
}
