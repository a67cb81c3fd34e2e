import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { MAJOR_TRACKS } from '../../major-projects/api.ts';
import { TRACK_COLORS } from '../../major-projects/major-format.ts';
import type { Dashboard } from '../api.ts';
import { majorProjectsLink } from '../drill-links.ts';
import { useLargeYuan } from '../hooks/use-large-yuan.ts';
import { ChartCard } from './chart-card.tsx';

/** (6) Major projects by how they keep to their planned time nodes; each count opens the board filtered to it. */
export function MajorProjectsCard({ data }: { data: Dashboard }) {
  const { t } = useI18n();
  const largeYuanText = useLargeYuan();
  const m = data.majorProjects;
  const total = MAJOR_TRACKS.reduce((n, k) => n + (m[k] ?? 0), 0);
  return (
    <ChartCard
      title={t('dashboard.major.title')}
      unit={t('dashboard.major.units')}
      empty={total === 0}
      emptyText={t('dashboard.major.empty')}
    >
      <Row gutter={[8, 8]}>
        {MAJOR_TRACKS.map((track) => (
          <Col span={12} key={track}>
            <Tooltip title={t(`work.trackHint.${track}`)}>
              <Link to={majorProjectsLink(track)}>
                <Card
                  size="small"
                  hoverable
                  styles={{ body: { padding: 12, borderInlineStart: `4px solid ${TRACK_COLORS[track]}` } }}
                >
                  <Statistic
                    title={t(`work.track.${track}`)}
                    value={m[track] ?? 0}
                    styles={{ content: { color: TRACK_COLORS[track] } }}
                  />
                </Card>
              </Link>
            </Tooltip>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('dashboard.major.threshold', { amount: largeYuanText(m.thresholdWan), total })}
      </Typography.Paragraph>
    </ChartCard>
  );
}
