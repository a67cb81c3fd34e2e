import { Card } from 'antd';
import { ApiError } from '../../../components/api-client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useIdParam } from '../../../components/use-id-param.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { MeetingList } from './meeting-list.tsx';
import { MeetingView } from './meeting-view.tsx';

/** /meetings lists the joint meetings; /meetings/:id shows one agenda. */
export function MeetingsView() {
  const { t } = useI18n();
  const id = useIdParam();
  if (id === undefined) return <MeetingList />;
  if (Number.isNaN(id)) {
    return (
      <Card title={t('nav.meetings')}>
        <ErrorAlert error={new ApiError(404, 'NOT_FOUND', t('work.meetingNotFound'))} />
      </Card>
    );
  }
  return <MeetingView key={id} id={id} />;
}
