import { FilingsView } from '../../features/filings/components/filings-view.tsx';

export function FilingsPage() {
  return <FilingsView />;
}
