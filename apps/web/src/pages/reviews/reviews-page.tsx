import { ReviewsView } from '../../features/reviews/components/reviews-view.tsx';

/** /reviews and /reviews/:id: the campaign list, or one campaign. */
export function ReviewsPage() {
  return <ReviewsView />;
}
