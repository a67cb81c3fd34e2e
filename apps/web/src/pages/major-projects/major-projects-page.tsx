import { ComingSoon } from '../../components/coming-soon.tsx';

export function MajorProjectsPage() {
  return <ComingSoon titleKey="nav.majorProjects" descriptionKey="comingSoon.majorProjects" />;
}
