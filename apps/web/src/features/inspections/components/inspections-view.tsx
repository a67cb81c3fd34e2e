import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { EmptyList } from '../../../components/empty-list.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { ListFilters, PagedTable, pagedLocally, usePagedSearch } from '../../../components/paged-table.tsx';
import { may, mayOnRecord } from '../../../components/policy.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnits } from '../../org/api.ts';
import {
  INSPECTION_STATES,
  type Inspection,
  type InspectionState,
  inspectionsExportHref,
  useCloseInspection,
  useInspections,
} from '../api.ts';
import { InspectionFormModal } from './inspection-form-modal.tsx';
import { RectifyModal } from './rectify-modal.tsx';

const FILTER_KEYS = ['state', 'unitId'] as const;
const STATE_COLORS: Record<InspectionState, string> = {
  open: 'blue',
  overdue: 'red',
  rectified: 'orange',
  closed: 'green',
};

/** 日常督查: the office's findings per unit, each unit's rectification and the closing; filtered, exported. */
export function InspectionsView() {
  const { t } = useI18n();
  const me = useSessionUser();
  const { modal, message } = App.useApp();
  const { filters, setFilters, paging, setPaging } = usePagedSearch(FILTER_KEYS);
  const filter = {
    state: filters.state as InspectionState | undefined,
    unitId: filters.unitId ? Number(filters.unitId) : undefined,
  };
  const inspections = useInspections(filter);
  const units = useUnits();
  const close = useCloseInspection();
  const handleError = useListChangeError();
  const [recording, setRecording] = useState(false);
  const [rectifying, setRectifying] = useState<Inspection | null>(null);
  const seesAll = may(me, 'inspection.record') || me.role === 'leader';

  const askClose = (i: Inspection) =>
    modal.confirm({
      title: t('inspection.closeConfirm'),
      content: i.subject,
      okText: t('inspection.close'),
      cancelText: t('common.cancel'),
      onOk: () =>
        close.mutateAsync(i.id).then(
          () => message.success(t('inspection.closedDone')),
          (error) => handleError(error),
        ),
    });

  const columns: TableColumnsType<Inspection> = [
    { title: t('inspection.unit'), key: 'unit', render: (_, i) => i.unit.name },
    {
      title: t('inspection.subject'),
      key: 'subject',
      render: (_, i) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{i.subject}</Typography.Text>
          <Typography.Text type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
            {i.findings}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('inspection.checkedOn'), dataIndex: 'checkedOn', width: 110 },
    { title: t('inspection.dueOn'), dataIndex: 'dueOn', width: 110 },
    {
      title: t('inspection.state'),
      key: 'state',
      width: 130,
      render: (_, i) => <Tag color={STATE_COLORS[i.state]}>{t(`inspection.state.${i.state}`)}</Tag>,
    },
    {
      title: t('inspection.rectification'),
      key: 'rectification',
      render: (_, i) =>
        i.rectification ? (
          <Space direction="vertical" size={0}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{i.rectification}</span>
            <Typography.Text type="secondary">
              {t('inspection.rectifiedBy', { name: i.rectifiedBy ?? '', time: formatDateTime(i.rectifiedAt) })}
            </Typography.Text>
            {i.closedAt ? (
              <Typography.Text type="secondary">
                {t('inspection.closedBy', { name: i.closedBy ?? '', time: formatDateTime(i.closedAt) })}
              </Typography.Text>
            ) : null}
          </Space>
        ) : null,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, i) => (
        <Space>
          {i.state !== 'closed' && mayOnRecord(me, 'inspection.rectify', { unitId: i.unit.id }) ? (
            <Button size="small" onClick={() => setRectifying(i)}>
              {t('inspection.rectify')}
            </Button>
          ) : null}
          {i.state === 'rectified' && may(me, 'inspection.close') ? (
            <Button size="small" type="primary" onClick={() => askClose(i)}>
              {t('inspection.close')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('nav.inspections')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href={inspectionsExportHref(filter)}>
            {t('inspection.export')}
          </Button>
          {may(me, 'inspection.record') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('inspection.record')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <ListFilters
        fields={[
          {
            kind: 'select',
            key: 'state',
            label: t('inspection.state'),
            placeholder: t('inspection.allStates'),
            options: INSPECTION_STATES.map((s) => ({ value: s, label: t(`inspection.state.${s}`) })),
          },
          ...(seesAll
            ? [
                {
                  kind: 'select' as const,
                  key: 'unitId',
                  label: t('inspection.unit'),
                  placeholder: t('work.allUnits'),
                  width: 220,
                  options: (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name })),
                },
              ]
            : []),
        ]}
        values={filters}
        onChange={setFilters}
      />
      <PagedTable<Inspection>
        rowKey="id"
        columns={columns}
        query={pagedLocally(inspections, paging)}
        paging={paging}
        onPaging={setPaging}
        locale={{ emptyText: <EmptyList text={t('inspection.empty')} /> }}
      />
      <InspectionFormModal open={recording} onClose={() => setRecording(false)} />
      <RectifyModal inspection={rectifying} onClose={() => setRectifying(null)} />
    </Card>
  );
}
