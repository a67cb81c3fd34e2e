import { PlusOutlined } from '@ant-design/icons';
import { shanghaiDate } from '@zhaoshang/shared';
import { Button, Card, Progress, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { dayOf, progressPercent } from '../../../components/format.ts';
import {
  ListFilters,
  matchesText,
  PagedTable,
  pagedLocally,
  usePagedSearch,
} from '../../../components/paged-table.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { ReviewCampaign } from '../api.ts';
import { useReviews } from '../api.ts';
import { CAMPAIGN_STATE_COLORS, type CampaignState, campaignState } from '../review-format.ts';
import { canLaunchReviews } from '../review-policy.ts';
import { ReviewCriteriaText } from './review-criteria.tsx';
import { ReviewLaunchModal } from './review-launch-modal.tsx';

const FILTER_KEYS = ['q', 'state'] as const;
const STATES: CampaignState[] = ['open', 'pastDue', 'closed'];

/** Every 回头看 campaign the user takes part in, with how many answers are in. */
export function ReviewList() {
  const { t } = useI18n();
  const me = useSessionUser();
  const reviews = useReviews();
  const { filters, setFilters, paging, setPaging } = usePagedSearch(FILTER_KEYS);
  const [launching, setLaunching] = useState(false);
  const today = shanghaiDate();
  // A campaign list is small and comes whole: filtered here, then paged like a server list.
  const shown = {
    ...reviews,
    data: reviews.data?.filter(
      (c) => matchesText(c.title, filters.q) && (!filters.state || campaignState(c, today) === filters.state),
    ),
  };

  const columns: TableColumnsType<ReviewCampaign> = [
    { title: t('work.reviewTitle'), key: 'title', render: (_, c) => <Link to={`/reviews/${c.id}`}>{c.title}</Link> },
    { title: t('work.criteria'), key: 'criteria', render: (_, c) => <ReviewCriteriaText criteria={c.criteria} /> },
    { title: t('work.launchedOn'), key: 'created', render: (_, c) => dayOf(c.createdAt) },
    { title: t('work.answerDueOn'), dataIndex: 'dueOn' },
    {
      title: t('common.status'),
      key: 'status',
      render: (_, c) => {
        const state = campaignState(c, today);
        return <Tag color={CAMPAIGN_STATE_COLORS[state]}>{t(`work.campaign.${state}`)}</Tag>;
      },
    },
    {
      title: t('work.answeredProgress'),
      key: 'progress',
      width: 240,
      render: (_, c) => (
        <Progress
          percent={progressPercent(c.answered, c.total)}
          status={c.answered === c.total ? 'success' : 'normal'}
          format={() => `${c.answered} / ${c.total}`}
          aria-label={t('work.answeredCount', { answered: c.answered, total: c.total })}
        />
      ),
    },
  ];

  return (
    <Card
      title={t('nav.reviews')}
      extra={
        canLaunchReviews(me.role) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setLaunching(true)}>
            {t('work.launchReview')}
          </Button>
        ) : null
      }
    >
      <ListFilters
        fields={[
          { kind: 'search', key: 'q', label: t('work.searchReviews') },
          {
            kind: 'select',
            key: 'state',
            label: t('common.status'),
            placeholder: t('work.allStatuses'),
            options: STATES.map((state) => ({ value: state, label: t(`work.campaign.${state}`) })),
          },
        ]}
        values={filters}
        onChange={setFilters}
      />
      <PagedTable<ReviewCampaign>
        rowKey="id"
        columns={columns}
        query={pagedLocally(shown, paging)}
        paging={paging}
        onPaging={setPaging}
        locale={{ emptyText: <EmptyList text={t('work.emptyReviews')} /> }}
      />
      {canLaunchReviews(me.role) ? <ReviewLaunchModal open={launching} onClose={() => setLaunching(false)} /> : null}
    </Card>
  );
}
