import { formatMoney } from '@zhaoshang/shared';
import { Card, Select, Space, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { EmptyList } from '../../../components/empty-list.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnitOptions } from '../../org/hooks/use-unit-options.ts';
import { stageLabel } from '../../projects/project-format.ts';
import { seesAllUnits } from '../../projects/project-policy.ts';
import { MAJOR_TRACKS, type MajorProject, type MajorTrack, useMajorProjects } from '../api.ts';
import { nextTrackFilter, TRACK_TAG_COLORS } from '../major-format.ts';
import { TrackCards } from './track-cards.tsx';

const STATE_KEYS = ['track', 'unitId', 'page', 'pageSize'] as const;
const isTrack = (value?: string): value is MajorTrack => MAJOR_TRACKS.includes(value as MajorTrack);

/** The 重大项目 board: every major project judged against its milestone plan, by track. */
export function MajorProjectsBoard() {
  const { t, lang } = useI18n();
  const me = useSessionUser();
  const [state, setState] = useSearchState(STATE_KEYS);
  const track = isTrack(state.track) ? state.track : undefined;
  const unitId = state.unitId ? Number(state.unitId) : undefined;
  const units = useUnitOptions(unitId);
  const page = Number(state.page ?? 1);
  const pageSize = Number(state.pageSize ?? 20);
  // The server pages the board (a province has tens of thousands of major projects).
  const board = useMajorProjects({ track, unitId, page, pageSize });
  const data = board.data;

  const stageTags = (stages: string[], color: string) =>
    stages.map((stage) => (
      <Tag key={stage} color={color}>
        {stageLabel(stage, lang)}
      </Tag>
    ));

  const columns: TableColumnsType<MajorProject> = [
    {
      title: t('work.project'),
      key: 'name',
      width: 180,
      render: (_, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link>,
    },
    { title: t('work.hostUnit'), key: 'hostUnit', width: 130, render: (_, p) => p.hostUnit.name },
    {
      title: t('work.agreedWan'),
      dataIndex: 'agreedWan',
      align: 'right',
      render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(value)}</span>,
    },
    { title: t('work.stage'), dataIndex: 'stage', render: (stage: string) => stageLabel(stage, lang) },
    { title: t('work.chain'), dataIndex: 'chain', render: (chain: string | null) => chain ?? '—' },
    {
      title: t('work.trackLabel'),
      dataIndex: 'track',
      render: (value: MajorTrack) => <Tag color={TRACK_TAG_COLORS[value]}>{t(`work.track.${value}`)}</Tag>,
    },
    {
      title: t('work.slippedStages'),
      key: 'slipped',
      width: 170,
      render: (_, p) =>
        p.overdueStages.length || p.atRiskStages.length ? (
          <Space size={[0, 4]} wrap>
            {stageTags(p.overdueStages, 'red')}
            {stageTags(p.atRiskStages, 'orange')}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: t('work.nextMilestone'),
      key: 'next',
      render: (_, p) =>
        p.nextStage ? (
          <div style={{ whiteSpace: 'nowrap' }}>
            {stageLabel(p.nextStage, lang)}
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {p.nextPlannedOn}
              </Typography.Text>
            </div>
          </div>
        ) : (
          // A project without a plan already says so in its track tag.
          <Typography.Text type="secondary">{p.track === 'no_plan' ? '—' : t('work.planDone')}</Typography.Text>
        ),
    },
    {
      title: t('work.openBlockers'),
      dataIndex: 'openBlockers',
      align: 'right',
      render: (count: number) =>
        count > 0 ? (
          <Tooltip title={t('work.openBlockersHint')}>
            <Link to="/blockers?status=open&majorOnly=true">
              <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
                {count}
              </Tag>
            </Link>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      title={t('nav.majorProjects')}
      extra={
        data ? (
          <Typography.Text type="secondary">
            {t('work.threshold', { amount: formatMoney(data.majorThresholdWan) })}
          </Typography.Text>
        ) : null
      }
    >
      {seesAllUnits(me.role) ? (
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('work.allHostUnits')}
            aria-label={t('work.hostUnit')}
            style={{ width: 240 }}
            loading={units.loading}
            options={units.options}
            value={unitId}
            onChange={(next) => setState({ unitId: next, page: undefined })}
          />
        </Space>
      ) : null}
      {board.error ? (
        <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <>
          <TrackCards
            counts={data?.counts}
            selected={track}
            loading={board.isPending}
            onSelect={(clicked) => setState({ track: nextTrackFilter(track, clicked), page: undefined })}
          />
          {track ? (
            <Space style={{ marginBottom: 12 }}>
              <Typography.Text>{t('work.filteredBy', { track: t(`work.track.${track}`) })}</Typography.Text>
              <Typography.Link onClick={() => setState({ track: undefined, page: undefined })}>
                {t('work.showAll')}
              </Typography.Link>
            </Space>
          ) : null}
          <Table<MajorProject>
            rowKey="id"
            size="middle"
            loading={board.isFetching}
            columns={columns}
            dataSource={data?.items ?? []}
            locale={{ emptyText: <EmptyList text={track ? t('work.emptyTrack') : t('work.emptyBoard')} /> }}
            pagination={{
              current: page,
              pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (next, size) =>
                setState({
                  page: next === 1 ? undefined : String(next),
                  pageSize: size === 20 ? undefined : String(size),
                }),
            }}
            scroll={{ x: 'max-content' }}
          />
        </>
      )}
    </Card>
  );
}
