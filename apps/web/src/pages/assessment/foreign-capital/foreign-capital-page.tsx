import { ForeignCapitalView } from '../../../features/assessment/components/foreign-capital-view.tsx';

export function ForeignCapitalPage() {
  return <ForeignCapitalView />;
}
