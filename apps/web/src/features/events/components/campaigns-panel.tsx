import { PlusOutlined } from '@ant-design/icons';
import { formatMoney } from '@zhaoshang/shared';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Space,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { DATE_FORMAT, shanghaiToday } from '../../../components/format.ts';
import { may } from '../../../components/policy.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { YearPicker } from '../../../components/year-picker.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useCreateCampaign, useEventYield, type YieldReport } from '../api.ts';
import { FUNNEL_STEPS } from '../funnel.ts';
import { YieldFunnelChart } from './yield-funnel-chart.tsx';

type CampaignRow = YieldReport['campaigns'][number];

type Period = { from: string; to: string };
const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The funnel's title: the year when the period is a whole year, else its dates. */
const periodTitle = (w: Period) =>
  w.from.endsWith('-01-01') && w.to === `${w.from.slice(0, 4)}-12-31` ? w.from.slice(0, 4) : `${w.from} ~ ${w.to}`;

/**
 * The yield per 100-day campaign round (and of the events outside any) over any period, as a
 * table and a funnel: a year is the quick choice, a date range picks any other window.
 */
export function CampaignsPanel() {
  const { t } = useI18n();
  const me = useSessionUser();
  const thisYear = shanghaiToday().year();
  const [period, setPeriod] = useState<Period>(yearPeriod(thisYear));
  const [picked, setPicked] = useState<number | null>();
  const [creating, setCreating] = useState(false);
  const report = useEventYield(period);
  const year = Number(period.from.slice(0, 4));
  if (report.error) return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const rows = report.data?.campaigns ?? [];
  const shown = rows.find((c) => c.id === picked) ?? rows[0];
  const nameOf = (c: CampaignRow) => c.name ?? t('events.noCampaign');
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <YearPicker year={year} last={thisYear + 1} onChange={(y) => setPeriod(yearPeriod(y))} />
        <Space size={6}>
          <Typography.Text>{t('events.period')}</Typography.Text>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            allowClear={false}
            aria-label={t('events.period')}
            value={[dayjs(period.from), dayjs(period.to)]}
            onChange={(dates) => {
              if (dates?.[0] && dates[1])
                setPeriod({ from: dates[0].format(DATE_FORMAT), to: dates[1].format(DATE_FORMAT) });
            }}
          />
        </Space>
        {may(me, 'campaign.manage') && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('events.newCampaign')}
          </Button>
        )}
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card title={t('events.campaignsYield')} size="small">
            <Table<CampaignRow>
              rowKey={(c) => String(c.id)}
              size="small"
              loading={report.isPending}
              dataSource={rows}
              pagination={false}
              // Headers such as 嘉宾 keep their width: the table scrolls in its card instead.
              scroll={{ x: 'max-content' }}
              onRow={(c) => ({ onClick: () => setPicked(c.id), style: { cursor: 'pointer' } })}
              rowClassName={(c) => (c === shown ? 'ant-table-row-selected' : '')}
              columns={[
                { key: 'name', title: t('events.campaign'), render: (_, c) => nameOf(c) },
                { key: 'events', title: t('events.campaignEvents'), align: 'right', render: (_, c) => c.events },
                ...FUNNEL_STEPS.map((s) => ({
                  key: s,
                  title: t(`events.step.${s}`),
                  align: 'right' as const,
                  render: (_: unknown, c: CampaignRow) => c[s],
                })),
                {
                  key: 'amount',
                  title: t('events.amountWan'),
                  align: 'right',
                  render: (_, c) => formatMoney(c.amountWan),
                },
                {
                  key: 'usd',
                  title: t('events.foreignUsdWan'),
                  align: 'right',
                  render: (_, c) => formatMoney(c.foreignUsdWan),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small">
            {shown ? (
              <YieldFunnelChart title={`${periodTitle(period)} ${nameOf(shown)}`} value={shown} height={320} />
            ) : (
              <Typography.Text type="secondary">{t('events.noEvents')}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      {creating && <CampaignModal onClose={() => setCreating(false)} />}
    </Space>
  );
}

function CampaignModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ round: number; name?: string; dates: [Dayjs, Dayjs] }>();
  const create = useCreateCampaign();
  const handleError = useListChangeError();
  return (
    <Modal
      open
      title={t('events.newCampaign')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) =>
          create.mutate(
            {
              round: v.round,
              name: v.name?.trim() || null,
              startsOn: v.dates[0].format(DATE_FORMAT),
              endsOn: v.dates[1].format(DATE_FORMAT),
            },
            {
              onSuccess: () => {
                message.success(t('events.campaignCreated', { round: v.round }));
                onClose();
              },
              onError: (error) =>
                handleError(error, {
                  form,
                  fields: ['round', 'name', 'dates'],
                  aliases: { startsOn: 'dates', endsOn: 'dates' },
                }),
            },
          )
        }
      >
        <Form.Item name="round" label={t('events.round')} rules={[{ required: true }]}>
          <InputNumber min={1} max={999} precision={0} />
        </Form.Item>
        <Form.Item name="name" label={t('events.campaignName')} rules={[{ max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="dates" label={t('events.dates')} rules={[{ required: true }]}>
          <DatePicker.RangePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
