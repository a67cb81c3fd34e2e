import { DownOutlined, ImportOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { formatMoney } from '@zhaoshang/shared';
import {
  App,
  Button,
  Card,
  Descriptions,
  Dropdown,
  Space,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { mayOnRecord } from '../../../components/policy.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { SourceEventPicker } from '../../events/components/source-event-picker.tsx';
import type { Lead, LeadStatus, LeadStep } from '../api.ts';
import { leadsKey, useAdvanceLead, useLeads } from '../api.ts';
import { LEAD_IMPORT_COLUMNS } from '../lead-import.ts';
import { canHandleLead, canReportLeads, canSetResponseRules, pendingSteps } from '../lead-policy.ts';
import { LeadDeadline } from './lead-deadline.tsx';
import { LeadDropModal } from './lead-drop-modal.tsx';
import { LeadFilters } from './lead-filters.tsx';
import { LeadFormModal } from './lead-form-modal.tsx';
import { ResponseRulesDrawer } from './response-rules-drawer.tsx';

const FILTER_KEYS = ['status', 'overdue', 'unitId', 'eventId'] as const;
const STATUS_COLORS: Record<LeadStatus, string> = {
  new: 'blue',
  following: 'gold',
  filed: 'green',
  dropped: 'default',
};

/** The server-paged list of leads with their response clock; filters and page live in the URL. */
export function LeadList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useListChangeError();
  const advance = useAdvanceLead();
  const { filters: state, paging, setFilters: setState, setPaging } = usePagedSearch(FILTER_KEYS);
  const [reporting, setReporting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [rulesOpen, setRulesOpen] = useState(false);
  const [dropping, setDropping] = useState<Lead>();

  const filters = {
    status: state.status as LeadStatus | undefined,
    overdue: state.overdue === 'true',
    unitId: state.unitId ? Number(state.unitId) : undefined,
    eventId: state.eventId ? Number(state.eventId) : undefined,
  };
  const leads = useLeads({
    status: filters.status,
    unitId: filters.unitId,
    eventId: filters.eventId,
    overdue: filters.overdue ? 'true' : undefined,
    page: paging.page,
    pageSize: paging.pageSize,
  });

  const step = (lead: Lead, next: LeadStep) =>
    advance.mutate(
      { id: lead.id, progress: { version: lead.version, step: next } },
      {
        onSuccess: () =>
          message.success(t('lead.stepDone', { step: t(`lead.step.${next}`), company: lead.company.name })),
        onError: (error) => handleError(error),
      },
    );

  const hidden = (
    <Tooltip title={t('lead.hidden')}>
      <Typography.Text type="secondary">—</Typography.Text>
    </Tooltip>
  );
  const contents = (lead: Lead, value: string | null) => (lead.contentsVisible ? (value ?? '') : hidden);

  // Contact, notes and the drop reason open under the row, so the table keeps to one screen.
  const details = (lead: Lead) =>
    lead.contentsVisible ? (
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('lead.contact')}>{lead.contact ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('lead.notes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{lead.notes ?? '—'}</span>
        </Descriptions.Item>
        {lead.dropReason ? <Descriptions.Item label={t('lead.dropReason')}>{lead.dropReason}</Descriptions.Item> : null}
      </Descriptions>
    ) : (
      <Typography.Text type="secondary">{t('lead.hidden')}</Typography.Text>
    );

  const columns: TableColumnsType<Lead> = [
    { title: t('lead.company'), key: 'company', render: (_, lead) => lead.company.name },
    { title: t('lead.reportingUnit'), key: 'reportingUnit', render: (_, lead) => lead.reportingUnit.name },
    { title: t('lead.handlingUnit'), key: 'handlingUnit', render: (_, lead) => lead.handlingUnit.name },
    { title: t('lead.chain'), dataIndex: 'chain' },
    { title: t('lead.source'), dataIndex: 'source', render: (source: Lead['source']) => t(`lead.source.${source}`) },
    {
      key: 'event',
      title: t('events.sourceEvent'),
      width: 240,
      render: (_, lead) => (
        <SourceEventPicker
          what="leads"
          id={lead.id}
          value={lead.event}
          editable={mayOnRecord(me, 'lead.attributeEvent', {
            reportingUnitId: lead.reportingUnit.id,
            handlingUnitId: lead.handlingUnit.id,
          })}
        />
      ),
    },
    {
      title: t('lead.amountShort'),
      key: 'amount',
      align: 'right',
      render: (_, lead) =>
        contents(lead, lead.estimatedAmountWan === null ? null : formatMoney(lead.estimatedAmountWan)),
    },
    { title: t('lead.reportedOn'), dataIndex: 'reportedOn' },
    {
      title: t('common.status'),
      dataIndex: 'status',
      render: (status: LeadStatus) => <Tag color={STATUS_COLORS[status]}>{t(`lead.status.${status}`)}</Tag>,
    },
    { title: t('lead.deadline'), key: 'deadline', render: (_, lead) => <LeadDeadline lead={lead} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, lead) =>
        canHandleLead(me, lead) ? (
          <Dropdown
            trigger={['click']}
            disabled={advance.isPending}
            menu={{
              items: [
                ...pendingSteps(lead).map((next) => ({ key: next, label: t(`lead.step.${next}`) })),
                { type: 'divider' as const },
                { key: 'drop', label: t('lead.drop'), danger: true },
              ],
              onClick: ({ key }) => (key === 'drop' ? setDropping(lead) : step(lead, key as LeadStep)),
            }}
          >
            <Button type="link" size="small">
              {t('lead.handle')} <DownOutlined />
            </Button>
          </Dropdown>
        ) : null,
    },
  ];

  const canReport = canReportLeads(me.role);
  return (
    <Card
      title={t('nav.leads')}
      extra={
        <Space wrap>
          {canSetResponseRules(me.role) ? (
            <Button icon={<SettingOutlined />} onClick={() => setRulesOpen(true)}>
              {t('lead.rules')}
            </Button>
          ) : null}
          {canReport ? (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                {t('lead.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setReporting(true)}>
                {t('lead.report')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      <LeadFilters
        values={filters}
        onChange={({ overdue, ...changes }) =>
          setState(overdue === undefined ? changes : { ...changes, overdue: overdue ? 'true' : undefined })
        }
      />
      <PagedTable<Lead>
        rowKey="id"
        columns={columns}
        query={leads}
        paging={paging}
        onPaging={setPaging}
        expandable={{ expandedRowRender: details }}
      />
      {canReport ? (
        <>
          <LeadFormModal open={reporting} onClose={() => setReporting(false)} />
          <LeadDropModal lead={dropping} onClose={() => setDropping(undefined)} />
          <ImportWizard
            open={importing}
            onClose={() => setImporting(false)}
            title={t('lead.import')}
            endpoint="/imports/leads"
            templateColumns={LEAD_IMPORT_COLUMNS}
            templateFileName={t('lead.importTemplateFile')}
            readyText={t('lead.importReady')}
            onImported={() => void queryClient.invalidateQueries({ queryKey: leadsKey })}
          />
        </>
      ) : null}
      {canSetResponseRules(me.role) ? (
        <ResponseRulesDrawer open={rulesOpen} onClose={() => setRulesOpen(false)} />
      ) : null}
    </Card>
  );
}
