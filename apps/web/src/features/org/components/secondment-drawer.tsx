import { shanghaiDate } from '@zhaoshang/shared';
import { App, Descriptions, Divider, Drawer, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { Secondment, User } from '../api.ts';
import { useSecondments } from '../api.ts';
import { SecondmentForm } from './secondment-form.tsx';

type Phase = 'upcoming' | 'current' | 'ended';

function phaseOf(secondment: Secondment, today: string): Phase {
  if (secondment.startDate > today) return 'upcoming';
  if (secondment.endDate < today) return 'ended';
  return 'current';
}

const PHASE_COLORS: Record<Phase, string> = { upcoming: 'blue', current: 'green', ended: 'default' };

/** A user's secondments, newest first as the server sends them; the admin can add one. */
export function SecondmentDrawer({
  user,
  canManage,
  onClose,
}: {
  user?: User;
  canManage: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const secondments = useSecondments(user?.id);
  const today = shanghaiDate();

  const columns: TableColumnsType<Secondment> = [
    { title: t('org.secondedTo'), dataIndex: ['toUnit', 'name'] },
    { title: t('org.fromUnit'), dataIndex: ['fromUnit', 'name'] },
    {
      title: t('org.secondmentPeriod'),
      key: 'period',
      render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{`${s.startDate} ~ ${s.endDate}`}</span>,
    },
    {
      title: t('common.status'),
      key: 'phase',
      render: (_, s) => {
        const phase = phaseOf(s, today);
        return <Tag color={PHASE_COLORS[phase]}>{t(`org.secondmentPhase.${phase}`)}</Tag>;
      },
    },
    { title: t('org.note'), dataIndex: 'note', render: (note: string | null) => note ?? '' },
  ];

  return (
    <Drawer
      open={Boolean(user)}
      size={720}
      title={user ? t('org.secondmentsOf', { name: user.displayName }) : ''}
      onClose={onClose}
      destroyOnHidden
    >
      {user ? (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('org.homeUnit')}>{user.homeUnit.name}</Descriptions.Item>
            <Descriptions.Item label={t('org.currentUnit')}>{user.unit.name}</Descriptions.Item>
          </Descriptions>
          {secondments.error ? (
            <ErrorAlert error={secondments.error} onRetry={() => void secondments.refetch()} />
          ) : (
            <Table<Secondment>
              rowKey="id"
              size="small"
              loading={secondments.isPending}
              columns={columns}
              dataSource={secondments.data ?? []}
              pagination={false}
              locale={{ emptyText: t('org.noSecondments') }}
              scroll={{ x: 'max-content' }}
            />
          )}
          {canManage ? (
            <>
              <Divider />
              <Typography.Title level={5}>{t('org.addSecondment')}</Typography.Title>
              <SecondmentForm user={user} onAdded={() => message.success(t('org.secondmentAdded'))} />
            </>
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
