import { RightOutlined } from '@ant-design/icons';
import { Badge, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type Dashboard, QUALITY_CHECK_KEYS } from '../api.ts';
import { dataQualityLink, overdueBlockersLink, overdueLeadsLink } from '../drill-links.ts';
import { ChartCard } from './chart-card.tsx';

type Item = { key: string; label: string; count: number; link: string; color: string };

function AttentionLine({ item }: { item: Item }) {
  return (
    <Link to={item.link} style={{ color: 'inherit' }}>
      <Flex align="center" gap={8} style={{ paddingBlock: 6, borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text style={{ flex: 1 }}>{item.label}</Typography.Text>
        <Badge count={item.count} showZero overflowCount={99999} color={item.count > 0 ? item.color : '#bfbfbf'} />
        <RightOutlined style={{ fontSize: 10, color: '#bfbfbf' }} />
      </Flex>
    </Link>
  );
}

/** (7) What needs attention: overdue leads and blockers, and each data-quality check; every line opens its list. */
export function AttentionCard({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const overdue: Item[] = [
    {
      key: 'leads',
      label: t('dashboard.attention.overdueLeads'),
      count: data.overdueLeads,
      link: overdueLeadsLink,
      color: '#cf1322',
    },
    {
      key: 'blockers',
      label: t('dashboard.attention.overdueBlockers'),
      count: data.overdueBlockers,
      link: overdueBlockersLink,
      color: '#cf1322',
    },
  ];
  const quality: Item[] = QUALITY_CHECK_KEYS.map((check) => ({
    key: check,
    label: t(`dashboard.quality.${check}`),
    count: data.dataQuality[check] ?? 0,
    link: dataQualityLink(check),
    color: '#d48806',
  }));
  return (
    <ChartCard title={t('dashboard.attention.title')} unit={t('dashboard.attention.units')}>
      {overdue.map((item) => (
        <AttentionLine key={item.key} item={item} />
      ))}
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12, fontSize: 12 }}>
        {t('dashboard.attention.quality')}
      </Typography.Text>
      {quality.map((item) => (
        <AttentionLine key={item.key} item={item} />
      ))}
    </ChartCard>
  );
}
