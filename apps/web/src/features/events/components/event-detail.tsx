import { EditOutlined, ImportOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { formatMoney } from '@zhaoshang/shared';
import { Button, Card, Col, Descriptions, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { shanghaiToday } from '../../../components/format.ts';
import { FullPageSpinner } from '../../../components/full-page-spinner.tsx';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type EventGuest, eventsKey, useEvent } from '../api.ts';
import { GUEST_IMPORT_COLUMNS } from '../event-import.ts';
import { FUNNEL_STEPS } from '../funnel.ts';
import { EventFormModal } from './event-form-modal.tsx';
import { KIND_COLORS, useEventLabels } from './event-labels.ts';
import { YieldFunnelChart } from './yield-funnel-chart.tsx';

const MATCH_COLORS = { same: 'green', similar: 'gold', none: 'default' } as const;

/** Where a yield number clicks down to: the list filtered by this event (signed: signed by today, as counted). */
const DRILL_DOWN: Partial<Record<(typeof FUNNEL_STEPS)[number], (eventId: number) => string>> = {
  leads: (eventId) => `/leads?eventId=${eventId}`,
  signed: (eventId) => `/projects?eventId=${eventId}&signedTo=${shanghaiToday().format('YYYY-MM-DD')}`,
};

/** An event's page: what, when, who organised it, its guests matched to the registry, and its yield. */
export function EventDetail({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const labels = useEventLabels();
  const queryClient = useQueryClient();
  const page = useEvent(id);
  const [editing, setEditing] = useState(false);
  const [importing, setImporting] = useState(false);
  if (page.error) return <ErrorAlert error={page.error} onRetry={() => void page.refetch()} />;
  if (!page.data) return <FullPageSpinner />;
  const { event: e, guests, yield: y } = page.data;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Link to="/events">{t('events.back')}</Link>
      <Card
        title={
          <Space>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {e.name}
            </Typography.Title>
            <Tag color={KIND_COLORS[e.kind]}>{labels.kind(e.kind)}</Tag>
            {e.cancelled && <Tag>{t('events.cancelled')}</Tag>}
          </Space>
        }
        extra={
          e.canEdit && (
            <Space>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                {t('events.importGuests')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('events.edit')}
              </Button>
            </Space>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('events.level')}>{labels.level(e.level)}</Descriptions.Item>
          <Descriptions.Item label={t('events.dates')}>
            {e.startsOn === e.endsOn ? e.startsOn : `${e.startsOn} ~ ${e.endsOn}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.place')}>{e.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('events.region')}>{e.region ? labels.region(e.region) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('events.organisers')}>
            {e.organisers.map((o) => o.name).join(lang === 'zh' ? '、' : ', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.campaign')}>
            {e.campaign?.name ?? t('events.noCampaign')}
          </Descriptions.Item>
          {e.notes && <Descriptions.Item label={t('events.notes')}>{e.notes}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={`${t('events.yield')}（${t('events.yieldAsOf')}）`}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Space wrap size={24}>
              {FUNNEL_STEPS.map((s) => (
                <Statistic
                  key={s}
                  title={t(`events.step.${s}`)}
                  value={y[s]}
                  formatter={(v) => {
                    const to = DRILL_DOWN[s];
                    return to ? <Link to={to(e.id)}>{v}</Link> : v;
                  }}
                />
              ))}
              <Statistic title={t('events.amountWan')} value={formatMoney(y.amountWan)} />
              <Statistic title={t('events.foreignUsdWan')} value={formatMoney(y.foreignUsdWan)} />
            </Space>
          </Col>
          <Col xs={24} md={14}>
            <YieldFunnelChart title={e.name} value={y} height={280} />
          </Col>
        </Row>
      </Card>
      <Card title={`${t('events.guests')}（${t('events.guestCount', { count: e.guests })}）`}>
        <Table<EventGuest>
          rowKey="id"
          size="small"
          dataSource={guests}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: 'name', title: t('events.guestName'), render: (_, g) => g.guestName || '—' },
            { key: 'title', title: t('events.guestTitle'), render: (_, g) => g.title ?? '—' },
            { key: 'company', title: t('events.guestCompany'), render: (_, g) => g.companyName },
            {
              key: 'match',
              title: t('events.registry'),
              render: (_, g) => (
                <Space size={4}>
                  <Tag color={MATCH_COLORS[g.matchLevel]}>{t(`events.match.${g.matchLevel}`)}</Tag>
                  {g.company && <Link to={`/companies/${g.company.id}`}>{g.company.name}</Link>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {editing && <EventFormModal event={e} onClose={() => setEditing(false)} />}
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('events.importGuests')}
        endpoint={`/events/${e.id}/guests/import`}
        templateColumns={GUEST_IMPORT_COLUMNS}
        templateFileName={t('events.guestsTemplateFile')}
        readyText={t('events.guestsReady')}
        onImported={() => void queryClient.invalidateQueries({ queryKey: eventsKey })}
      />
    </Space>
  );
}
