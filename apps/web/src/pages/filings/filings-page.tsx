import { ComingSoon } from '../../components/coming-soon.tsx';

export function FilingsPage() {
  return <ComingSoon titleKey="nav.filings" descriptionKey="comingSoon.filings" />;
}
