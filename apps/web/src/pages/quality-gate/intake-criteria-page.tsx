import { CriteriaView } from '../../features/quality-gate/components/criteria-view.tsx';

/** /intake-criteria: the office's project intake criteria (统一项目引进标准). */
export function IntakeCriteriaPage() {
  return <CriteriaView />;
}
