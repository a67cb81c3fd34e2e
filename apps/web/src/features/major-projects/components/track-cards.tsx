import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { MAJOR_TRACKS, type MajorTrack } from '../api.ts';
import { TRACK_COLORS } from '../major-format.ts';

/** One card per track with its count; a card is a toggle that filters the table below. */
export function TrackCards({
  counts,
  selected,
  loading,
  onSelect,
}: {
  counts?: Record<MajorTrack, number>;
  selected?: MajorTrack;
  loading: boolean;
  onSelect: (track: MajorTrack) => void;
}) {
  const { t } = useI18n();
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {MAJOR_TRACKS.map((track) => {
        const active = selected === track;
        return (
          <Col key={track} xs={12} md={6}>
            <Card
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={active}
              onClick={() => onSelect(track)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(track);
                }
              }}
              style={{
                borderColor: active ? TRACK_COLORS[track] : undefined,
                borderTop: `4px solid ${TRACK_COLORS[track]}`,
                boxShadow: active ? `0 0 0 1px ${TRACK_COLORS[track]}` : undefined,
              }}
              styles={{ body: { padding: '16px 20px' } }}
            >
              <Statistic
                title={t(`work.track.${track}`)}
                value={counts?.[track] ?? 0}
                loading={loading && !counts}
                styles={{ content: { color: TRACK_COLORS[track] } }}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`work.trackHint.${track}`)}
              </Typography.Text>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
