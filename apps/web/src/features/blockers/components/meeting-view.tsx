import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Progress, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { progressPercent } from '../../../components/format.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { usePrinting } from '../../../components/use-printing.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { MeetingItem } from '../api.ts';
import { useCloseMeeting, useMeeting } from '../api.ts';
import { MEETING_STATUS_COLORS } from '../blocker-format.ts';
import { canManageMeetings } from '../blocker-policy.ts';
import { MeetingAgendaTable } from './meeting-agenda-table.tsx';
import { MeetingDecisionModal } from './meeting-decision-modal.tsx';
import { PrintStyle } from './print-style.tsx';

/** A meeting's agenda and decisions, laid out to print as the minutes. */
export function MeetingView({ id }: { id: number }) {
  const { t } = useI18n();
  const me = useSessionUser();
  const { modal, message } = App.useApp();
  const meeting = useMeeting(id);
  const close = useCloseMeeting();
  const handleError = useListChangeError();
  const [deciding, setDeciding] = useState<MeetingItem>();
  const printing = usePrinting();
  const back = (
    <Link to="/meetings" aria-label={t('work.backToMeetings')} className="zs-no-print">
      <ArrowLeftOutlined />
    </Link>
  );

  if (meeting.error) {
    return (
      <Card
        title={
          <Space>
            {back}
            {t('nav.meetings')}
          </Space>
        }
      >
        <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />
      </Card>
    );
  }
  if (!meeting.data) {
    return (
      <Card>
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      </Card>
    );
  }

  const { meeting: m, items } = meeting.data;
  const decided = items.filter((item) => item.decision !== null).length;
  const canDecide = canManageMeetings(me.role) && m.status === 'planned';

  const confirmClose = () =>
    modal.confirm({
      title: t('work.closeMeetingConfirm', { title: m.title }),
      content: decided < items.length ? t('work.closeMeetingUndecided', { count: items.length - decided }) : undefined,
      okText: t('work.closeMeeting'),
      cancelText: t('common.cancel'),
      onOk: () =>
        close.mutateAsync(id).then(
          () => void message.success(t('work.meetingClosed')),
          (error) => void handleError(error),
        ),
    });

  return (
    <Card
      title={
        <Space wrap>
          {back}
          <span>{m.title}</span>
          <Tag color={MEETING_STATUS_COLORS[m.status]}>{t(`work.meetingStatus.${m.status}`)}</Tag>
        </Space>
      }
      extra={
        <Space className="zs-no-print">
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('work.print')}
          </Button>
          {canDecide ? (
            <Button danger loading={close.isPending} onClick={confirmClose}>
              {t('work.closeMeeting')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <PrintStyle />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('work.heldOn')}>{m.heldOn}</Descriptions.Item>
        <Descriptions.Item label={t('work.agendaItems')}>{items.length}</Descriptions.Item>
        <Descriptions.Item label={t('work.decidedProgress')}>
          <Space>
            <Typography.Text strong>{t('work.decidedCount', { decided, total: items.length })}</Typography.Text>
            <Progress
              className="zs-no-print"
              style={{ width: 160, margin: 0 }}
              size="small"
              percent={progressPercent(decided, items.length)}
              showInfo={false}
              status={decided === items.length ? 'success' : 'normal'}
            />
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <MeetingAgendaTable
        items={items}
        loading={meeting.isFetching}
        onDecide={canDecide && !printing ? setDeciding : undefined}
      />
      <MeetingDecisionModal meetingId={id} item={deciding} onClose={() => setDeciding(undefined)} />
    </Card>
  );
}
