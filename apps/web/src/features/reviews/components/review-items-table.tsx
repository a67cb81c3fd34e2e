import { Button, Descriptions, Segmented, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { dayOf } from '../../../components/format.ts';
import { ListFilters, PagedTable, type PageState, pagedLocally } from '../../../components/paged-table.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { stageLabel } from '../../projects/project-format.ts';
import { seesAllUnits } from '../../projects/project-policy.ts';
import { REVIEW_ANSWERS, type ReviewAnswer, type ReviewCampaign, type ReviewItem } from '../api.ts';
import { ANSWER_COLORS, tallyAnswers } from '../review-format.ts';
import { canAnswerReview } from '../review-policy.ts';
import { ReviewAnswerModal } from './review-answer-modal.tsx';

type AnswerFilter = ReviewAnswer | 'pending';
const isAnswerFilter = (value?: string): value is AnswerFilter =>
  value === 'pending' || REVIEW_ANSWERS.includes(value as ReviewAnswer);

/** The projects of a campaign with their answers; filtered here, as a campaign is one page of data. */
export function ReviewItemsTable({
  campaign,
  items,
  loading,
  unitId,
  answer,
  onFilter,
  paging,
  onPaging,
}: {
  campaign: ReviewCampaign;
  items: ReviewItem[];
  loading: boolean;
  unitId?: number;
  answer?: string;
  onFilter: (changes: { unit?: number | string; answer?: string }) => void;
  paging: PageState;
  onPaging: (next: PageState) => void;
}) {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const [answering, setAnswering] = useState<ReviewItem>();
  const filter = isAnswerFilter(answer) ? answer : undefined;
  const allUnits = seesAllUnits(me.role);

  const inUnit = useMemo(() => (unitId ? items.filter((item) => item.unit.id === unitId) : items), [items, unitId]);
  const tally = tallyAnswers(inUnit.map((item) => item.answer));
  const shown = filter ? inUnit.filter((item) => (item.answer ?? 'pending') === filter) : inUnit;
  const unitOptions = useMemo(() => {
    const seen = new Map(items.map((item) => [item.unit.id, item.unit.name]));
    return [...seen].map(([value, label]) => ({ value: String(value), label }));
  }, [items]);

  const text = (value: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{value ?? '—'}</span>;
  const details = (item: ReviewItem) => (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('work.progress')}>{text(item.progress)}</Descriptions.Item>
      <Descriptions.Item label={t('work.problems')}>{text(item.problems)}</Descriptions.Item>
      <Descriptions.Item label={t('work.nextStep')}>{text(item.nextStep)}</Descriptions.Item>
    </Descriptions>
  );

  const columns: TableColumnsType<ReviewItem> = [
    {
      title: t('work.project'),
      key: 'project',
      render: (_, item) => <Link to={`/projects/${item.projectId}`}>{item.projectName}</Link>,
    },
    // A unit sees only its own projects: the unit column would repeat its name on every row.
    ...(allUnits
      ? [{ title: t('work.unit'), key: 'unit', render: (_: unknown, item: ReviewItem) => item.unit.name }]
      : []),
    { title: t('work.stage'), dataIndex: 'stage', render: (stage: string) => stageLabel(stage, lang) },
    { title: t('work.stageChangedOn'), dataIndex: 'stageChangedOn' },
    {
      title: t('work.answerLabel'),
      dataIndex: 'answer',
      render: (value: ReviewAnswer | null) =>
        value ? <Tag color={ANSWER_COLORS[value]}>{t(`work.answer.${value}`)}</Tag> : <Tag>{t('work.pending')}</Tag>,
    },
    {
      title: t('work.progress'),
      dataIndex: 'progress',
      width: 200,
      render: (value: string | null) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: value }} style={{ margin: 0 }}>
          {value ?? '—'}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('work.answeredBy'),
      key: 'answeredBy',
      render: (_, item) =>
        item.answeredAt ? (
          <div style={{ whiteSpace: 'nowrap' }}>
            {item.answeredBy ?? '—'}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayOf(item.answeredAt)}
              </Typography.Text>
            </div>
          </div>
        ) : (
          '—'
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, item) =>
        canAnswerReview(me, campaign, item) ? (
          <Button type="link" size="small" onClick={() => setAnswering(item)}>
            {item.answer ? t('work.changeAnswer') : t('work.answerAction')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <ListFilters
        fields={
          // A unit sees only its own projects: nothing to choose.
          allUnits
            ? [
                {
                  kind: 'select',
                  key: 'unit',
                  label: t('work.unit'),
                  placeholder: t('work.allUnits'),
                  width: 220,
                  options: unitOptions,
                },
              ]
            : []
        }
        values={{ unit: unitId ? String(unitId) : undefined }}
        onChange={(changes) => onFilter(changes)}
      >
        <Segmented<AnswerFilter | 'all'>
          value={filter ?? 'all'}
          onChange={(value) => onFilter({ answer: value === 'all' ? undefined : value })}
          options={[
            { value: 'all', label: t('work.filterAll', { count: inUnit.length }) },
            { value: 'pending', label: t('work.filterCount', { label: t('work.pending'), count: tally.pending }) },
            ...REVIEW_ANSWERS.map((value) => ({
              value,
              label: t('work.filterCount', { label: t(`work.answer.${value}`), count: tally[value] }),
            })),
          ]}
        />
      </ListFilters>
      <PagedTable<ReviewItem>
        rowKey="projectId"
        columns={columns}
        query={pagedLocally({ data: shown, error: null, isFetching: loading, refetch: () => undefined }, paging)}
        paging={paging}
        onPaging={onPaging}
        expandable={{ expandedRowRender: details, rowExpandable: (item) => item.answer !== null }}
        locale={{ emptyText: <EmptyList text={t('work.emptyReviewItems')} /> }}
      />
      <ReviewAnswerModal campaignId={campaign.id} item={answering} onClose={() => setAnswering(undefined)} />
    </>
  );
}
