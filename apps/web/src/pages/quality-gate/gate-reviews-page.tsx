import { GateReviewsView } from '../../features/quality-gate/components/gate-reviews-view.tsx';

/** /gate-reviews: projects awaiting their unit head's approval (待审批) and those decided. */
export function GateReviewsPage() {
  return <GateReviewsView />;
}
