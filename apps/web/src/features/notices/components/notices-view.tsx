import { Card } from 'antd';
import { ApiError } from '../../../components/api-client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useIdParam } from '../../../components/use-id-param.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { NoticeList } from './notice-list.tsx';
import { NoticeView } from './notice-view.tsx';

/** /notices lists the notices; /notices/:id shows one. */
export function NoticesView() {
  const { t } = useI18n();
  const id = useIdParam();
  if (id === undefined) return <NoticeList />;
  if (Number.isNaN(id))
    return (
      <Card title={t('nav.notices')}>
        <ErrorAlert error={new ApiError(404, 'NOT_FOUND', t('notice.notFound'))} />
      </Card>
    );
  return <NoticeView key={id} id={id} />;
}
