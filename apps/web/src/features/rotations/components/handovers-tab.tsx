import { SwapOutlined } from '@ant-design/icons';
import { Button, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { EmptyList } from '../../../components/empty-list.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { HANDOVER_KINDS, type Handover, useHandovers } from '../api.ts';
import { HandoverWizard } from './handover-wizard.tsx';

/** The handovers done (history kept: what moved from whom to whom), and the wizard to do one. */
export function HandoversTab() {
  const { t } = useI18n();
  const me = useSessionUser();
  const handovers = useHandovers();
  const [wizard, setWizard] = useState(false);
  const columns: TableColumnsType<Handover> = [
    { title: t('rotation.handover.unit'), key: 'unit', render: (_, h) => h.unit.name },
    { title: t('rotation.handover.from'), key: 'from', render: (_, h) => h.from.name },
    { title: t('rotation.handover.to'), key: 'to', render: (_, h) => h.to.name },
    {
      title: t('rotation.handover.moved'),
      key: 'counts',
      render: (_, h) => (
        <Space size={4} wrap>
          {HANDOVER_KINDS.map((k) => (
            <Tag key={k}>{t('rotation.handover.countOf', { kind: t(`rotation.kind.${k}`), count: h.counts[k] })}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('rotation.handover.postingEnded'),
      key: 'posting',
      width: 110,
      render: (_, h) => (h.endedPostingId ? t('rotation.yes') : t('rotation.no')),
    },
    { title: t('rotation.handover.by'), dataIndex: 'by', width: 110 },
    { title: t('rotation.handover.at'), key: 'at', width: 170, render: (_, h) => formatDateTime(h.at) },
  ];
  if (handovers.error) return <ErrorAlert error={handovers.error} onRetry={() => void handovers.refetch()} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {may(me, 'rotation.handover') ? (
        <Button type="primary" icon={<SwapOutlined />} onClick={() => setWizard(true)}>
          {t('rotation.handover.start')}
        </Button>
      ) : null}
      <Table<Handover>
        rowKey="id"
        columns={columns}
        dataSource={handovers.data}
        loading={handovers.isFetching}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (h) => (
            <ul style={{ margin: 0 }}>
              {h.items.map((i) => (
                <li key={`${i.kind}-${i.id}`}>
                  {t(`rotation.kind.${i.kind}`)}: {i.label}
                </li>
              ))}
            </ul>
          ),
        }}
        locale={{ emptyText: <EmptyList text={t('rotation.handover.empty')} /> }}
      />
      {wizard ? <HandoverWizard onClose={() => setWizard(false)} /> : null}
    </Space>
  );
}
