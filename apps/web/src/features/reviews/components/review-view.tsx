import { ArrowLeftOutlined } from '@ant-design/icons';
import { shanghaiDate } from '@zhaoshang/shared';
import { Alert, App, Button, Card, Descriptions, Progress, Space, Spin, Tag } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { dayOf, progressPercent } from '../../../components/format.ts';
import { usePagedSearch } from '../../../components/paged-table.tsx';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { seesAllUnits } from '../../projects/project-policy.ts';
import { useCloseReview, useReview } from '../api.ts';
import { CAMPAIGN_STATE_COLORS, campaignState } from '../review-format.ts';
import { canLaunchReviews } from '../review-policy.ts';
import { ReviewCriteriaText } from './review-criteria.tsx';
import { ReviewItemsTable } from './review-items-table.tsx';
import { ReviewUnitsTable } from './review-units-table.tsx';

const STATE_KEYS = ['unit', 'answer'] as const;

/** One campaign: its criteria, each unit's progress (for the office) and the answer per project. */
export function ReviewView({ id }: { id: number }) {
  const { t } = useI18n();
  const me = useSessionUser();
  const { modal, message } = App.useApp();
  const review = useReview(id);
  const close = useCloseReview();
  const handleError = useListChangeError();
  const { filters, setFilters, paging, setPaging } = usePagedSearch(STATE_KEYS);
  const back = (
    <Link to="/reviews" aria-label={t('work.backToReviews')}>
      <ArrowLeftOutlined />
    </Link>
  );

  if (review.error) {
    return (
      <Card
        title={
          <Space>
            {back}
            {t('nav.reviews')}
          </Space>
        }
      >
        <ErrorAlert error={review.error} onRetry={() => void review.refetch()} />
      </Card>
    );
  }
  if (!review.data) {
    return (
      <Card>
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      </Card>
    );
  }

  const { campaign, units, items } = review.data;
  const state = campaignState(campaign, shanghaiDate());
  const mine = items.filter((item) => item.unit.id === me.unit.id);
  const answeredMine = mine.filter((item) => item.answer !== null).length;
  const pendingMine = mine.length - answeredMine;

  const confirmClose = () =>
    modal.confirm({
      title: t('work.closeReviewConfirm', { title: campaign.title }),
      content: t('work.closeReviewHint', { pending: campaign.total - campaign.answered }),
      okText: t('work.closeReview'),
      cancelText: t('common.cancel'),
      onOk: () =>
        close.mutateAsync(id).then(
          () => void message.success(t('work.reviewClosed')),
          (error) => void handleError(error),
        ),
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {back}
            <span>{campaign.title}</span>
            <Tag color={CAMPAIGN_STATE_COLORS[state]}>{t(`work.campaign.${state}`)}</Tag>
          </Space>
        }
        extra={
          canLaunchReviews(me.role) && campaign.status === 'open' ? (
            <Button danger loading={close.isPending} onClick={confirmClose}>
              {t('work.closeReview')}
            </Button>
          ) : null
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('work.criteria')}>
            <ReviewCriteriaText criteria={campaign.criteria} />
          </Descriptions.Item>
          {campaign.criteria.idleSince ? (
            <Descriptions.Item label={t('work.idleSince')}>{campaign.criteria.idleSince}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('work.launchedOn')}>{dayOf(campaign.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('work.answerDueOn')}>{campaign.dueOn}</Descriptions.Item>
          {campaign.closedAt ? (
            <Descriptions.Item label={t('work.closedOn')}>{dayOf(campaign.closedAt)}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('work.answeredProgress')}>
            <Progress
              style={{ width: 220, margin: 0 }}
              percent={progressPercent(campaign.answered, campaign.total)}
              status={campaign.answered === campaign.total ? 'success' : 'normal'}
              format={() => `${campaign.answered} / ${campaign.total}`}
            />
          </Descriptions.Item>
          {!seesAllUnits(me.role) && mine.length ? (
            <Descriptions.Item label={t('work.myUnitProgress')}>
              <Progress
                style={{ width: 220, margin: 0 }}
                percent={progressPercent(answeredMine, mine.length)}
                status={pendingMine === 0 ? 'success' : 'normal'}
                format={() => `${answeredMine} / ${mine.length}`}
              />
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {pendingMine > 0 && campaign.status === 'open' && !canLaunchReviews(me.role) ? (
          <Alert
            type={state === 'pastDue' ? 'error' : 'warning'}
            showIcon
            style={{ marginTop: 12 }}
            title={t('work.pendingMine', { count: pendingMine, date: campaign.dueOn })}
          />
        ) : null}
      </Card>
      {seesAllUnits(me.role) ? (
        <Card title={t('work.unitProgress')}>
          <ReviewUnitsTable
            units={units}
            selected={filters.unit ? Number(filters.unit) : undefined}
            onSelect={(unit) => setFilters({ unit })}
          />
        </Card>
      ) : null}
      <Card title={t('work.reviewItems')}>
        <ReviewItemsTable
          campaign={campaign}
          items={items}
          loading={review.isFetching}
          unitId={filters.unit ? Number(filters.unit) : undefined}
          answer={filters.answer}
          onFilter={setFilters}
          paging={paging}
          onPaging={setPaging}
        />
      </Card>
    </Space>
  );
}
