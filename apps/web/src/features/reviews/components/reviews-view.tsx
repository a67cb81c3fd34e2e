import { Card } from 'antd';
import { ApiError } from '../../../components/api-client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useIdParam } from '../../../components/use-id-param.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ReviewList } from './review-list.tsx';
import { ReviewView } from './review-view.tsx';

/** /reviews lists the campaigns; /reviews/:id shows one. */
export function ReviewsView() {
  const { t } = useI18n();
  const id = useIdParam();
  if (id === undefined) return <ReviewList />;
  if (Number.isNaN(id)) {
    return (
      <Card title={t('nav.reviews')}>
        <ErrorAlert error={new ApiError(404, 'NOT_FOUND', t('work.reviewNotFound'))} />
      </Card>
    );
  }
  return <ReviewView key={id} id={id} />;
}
