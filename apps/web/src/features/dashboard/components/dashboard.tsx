import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Skeleton, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatPercent } from '../../../components/figures.ts';
import { shanghaiToday } from '../../../components/format.ts';
import { useSearchState } from '../../../components/use-search-state.ts';
import { yearFromSearch } from '../../../components/year.ts';
import { YearPicker } from '../../../components/year-picker.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useProjectLabels } from '../../projects/hooks/use-project-labels.ts';
import type { Dashboard as DashboardData, FunnelStage, KpiFigure, UnitRateKey, UnitRates } from '../api.ts';
import { useDashboard } from '../api.ts';
import { foreignCapitalLink, projectListLink, stageDrill } from '../drill-links.ts';
import { AttentionCard } from './attention-card.tsx';
import { ChainCard } from './chain-card.tsx';
import { ForeignCapitalCard } from './foreign-capital-card.tsx';
import { FunnelCard } from './funnel-card.tsx';
import { HeadlineFigures } from './headline-figures.tsx';
import { MajorProjectsCard } from './major-projects-card.tsx';
import { MonthlyCard } from './monthly-card.tsx';
import type { Drill } from './projects-drawer.tsx';
import { UnitRatesCard } from './unit-rates-card.tsx';

// The drill-down's table and drawer load at the first click, not before the first figures.
const ProjectsDrawer = lazy(() => import('./projects-drawer.tsx').then((m) => ({ default: m.ProjectsDrawer })));

const RATE_FIGURES: Record<UnitRateKey, KpiFigure> = {
  contractRate: 'contracted',
  registrationRate: 'registered',
  readyRate: 'ready',
};

/**
 * 工作台: the leaders' dashboard for one year to date. Every chart opens the list behind it,
 * either in a drawer (indicator figures, through the KPI drill-down) or on its own page.
 */
export function Dashboard() {
  const { t } = useI18n();
  const { stageLabel } = useProjectLabels();
  const navigate = useNavigate();
  const thisYear = shanghaiToday().year();
  const [state, setState] = useSearchState(['year'] as const);
  const year = yearFromSearch(state.year, thisYear);
  const dashboard = useDashboard(year);
  const [drill, setDrillState] = useState<Drill>();
  // Once opened, the drawer stays mounted so that it can close with its animation.
  const [drilled, setDrilled] = useState(false);
  const setDrill = (next: Drill | undefined) => {
    if (next) setDrilled(true);
    setDrillState(next);
  };
  const data = dashboard.data;

  const kpiDrill = (d: DashboardData, figure: KpiFigure, title: string, extra?: { unitId: number }): Drill => ({
    title,
    note: t('dashboard.drill.cohortNote', { from: d.window.from, to: d.window.to }),
    source: {
      kind: 'kpi',
      params: {
        from: d.window.from,
        to: d.window.to,
        figure,
        ...(extra ? { unitId: extra.unitId, role: 'host' as const } : {}),
      },
    },
    listLink:
      figure === 'signed'
        ? projectListLink({ signedFrom: d.window.from, signedTo: d.window.to, unitId: extra?.unitId })
        : undefined,
  });

  const onStage = (d: DashboardData, stage: FunnelStage) => {
    const target = stageDrill(stage, d.window);
    const title = t('dashboard.drill.stageTitle', { year: d.year, stage: stageLabel(stage), count: d.funnel[stage] });
    if (target.kind === 'kpi') setDrill(kpiDrill(d, target.figure, title));
    else
      setDrill({
        title,
        note: t('dashboard.drill.reachedNote', { from: d.window.from, to: d.window.to }),
        source: { kind: 'list', filters: target.filters },
        listLink: projectListLink(target.filters),
      });
  };

  const onRate = (d: DashboardData, unit: UnitRates, key: UnitRateKey) =>
    setDrill(
      kpiDrill(
        d,
        RATE_FIGURES[key],
        t('dashboard.drill.rateTitle', {
          unit: unit.unit.name,
          rate: t(`dashboard.rate.${key}`),
          value: formatPercent(unit[key]),
          signed: unit.signed,
        }),
        { unitId: unit.unit.id },
      ),
    );

  const header = (
    <Card size="small">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space align="baseline" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('dashboard.title', { year })}
          </Typography.Title>
          {data ? (
            <Typography.Text type="secondary">
              {t('dashboard.window', { from: data.window.from, to: data.window.to })}
            </Typography.Text>
          ) : null}
        </Space>
        <Space>
          <YearPicker
            year={year}
            last={thisYear}
            onChange={(y) => setState({ year: y === thisYear ? undefined : y })}
          />
          <Button
            icon={<ReloadOutlined />}
            loading={dashboard.isFetching}
            onClick={() => void dashboard.refetch()}
            aria-label={t('common.reload')}
          />
        </Space>
      </Flex>
    </Card>
  );

  if (dashboard.error && !data) {
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {header}
        <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      </Space>
    );
  }
  if (!data) {
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {header}
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </Space>
    );
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {header}
      {dashboard.error ? <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} /> : null}
      <HeadlineFigures
        data={data}
        onSigned={() => setDrill(kpiDrill(data, 'signed', t('dashboard.drill.signedTitle', { year: data.year })))}
        onAmount={() => navigate(projectListLink({ signedFrom: data.window.from, signedTo: data.window.to }))}
        onContracts={() =>
          setDrill(
            kpiDrill(
              data,
              'contracted',
              t('dashboard.drill.stageTitle', {
                year: data.year,
                stage: stageLabel('contracted'),
                count: data.funnel.contracted,
              }),
            ),
          )
        }
        onForeign={() => navigate(foreignCapitalLink(data.year))}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <MonthlyCard data={data} />
        </Col>
        <Col xs={24} xl={8}>
          <ForeignCapitalCard data={data} />
        </Col>
        <Col xs={24} xl={9}>
          <FunnelCard data={data} onStage={(stage) => onStage(data, stage)} />
        </Col>
        <Col xs={24} xl={15}>
          <UnitRatesCard data={data} onRate={(unit, key) => onRate(data, unit, key)} />
        </Col>
        <Col xs={24} xl={10}>
          <ChainCard data={data} />
        </Col>
        <Col xs={24} md={12} xl={7}>
          <MajorProjectsCard data={data} />
        </Col>
        <Col xs={24} md={12} xl={7}>
          <AttentionCard data={data} />
        </Col>
      </Row>
      {drilled ? (
        <Suspense fallback={null}>
          <ProjectsDrawer drill={drill} onClose={() => setDrill(undefined)} />
        </Suspense>
      ) : null}
    </Space>
  );
}
