import { ForeignCapitalView } from '../../../features/foreign-capital/components/foreign-capital-view.tsx';

export function ForeignCapitalPage() {
  return <ForeignCapitalView />;
}
