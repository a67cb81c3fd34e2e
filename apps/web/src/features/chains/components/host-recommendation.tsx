import { Empty, Table, Tag } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type HostRecommendation, useRecommendHosts } from '../api.ts';

type Item = HostRecommendation['items'][number];

/** The host units recommended for a chain and segment (适当地域), best first, with the reasons. */
export function HostRecommendationPanel({ chainId, segmentId }: { chainId?: number; segmentId?: number }) {
  const { t } = useI18n();
  const { data, isFetching } = useRecommendHosts(chainId, segmentId);
  if (!chainId) return <Empty description={t('chains.recommendHint')} />;
  return (
    <Table<Item>
      rowKey="unitId"
      size="small"
      loading={isFetching}
      dataSource={data?.items ?? []}
      pagination={false}
      columns={[
        {
          title: t('chains.unit'),
          render: (_, r) => (
            <>
              {r.unitName} {r.recommended && <Tag color="green">{t('chains.recommended')}</Tag>}
            </>
          ),
        },
        { title: t('chains.score'), dataIndex: 'score', align: 'right' },
        { title: t('chains.reasons'), render: (_, r) => r.reasons.map((x) => x.text).join('；') },
      ]}
    />
  );
}
