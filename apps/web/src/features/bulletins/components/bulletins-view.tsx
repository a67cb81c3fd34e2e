import { Card } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../../components/api-client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { BulletinList } from './bulletin-list.tsx';
import { BulletinView } from './bulletin-view.tsx';

/** /bulletins lists the bulletins; /bulletins/:id shows one. */
export function BulletinsView() {
  const { t } = useI18n();
  const { id } = useParams();
  if (id === undefined) return <BulletinList />;
  if (!/^\d+$/.test(id)) {
    return (
      <Card title={t('nav.bulletins')}>
        <ErrorAlert error={new ApiError(404, 'NOT_FOUND', t('bulletin.notFound'))} />
      </Card>
    );
  }
  return <BulletinView key={id} id={Number(id)} />;
}
