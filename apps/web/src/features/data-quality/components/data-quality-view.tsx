import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useQualityOverview } from '../api.ts';
import { checkTone, KNOWN_NOTES, parseCheck } from '../quality-format.ts';
import { QualityCheckTable } from './quality-check-table.tsx';

const TONE = {
  ok: { color: '#389e0d', icon: <CheckCircleFilled /> },
  attention: { color: '#d46b08', icon: <ExclamationCircleFilled /> },
} as const;

/**
 * /data-quality: one card per check with its count (0 is green), the rows behind the chosen
 * one, and the gaps no check covers yet: the figures must show such gaps, not hide them.
 */
export function DataQualityView() {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchState(['check'] as const);
  const overview = useQualityOverview();
  const selected = parseCheck(search.check);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('nav.dataQuality')}>
        <Typography.Paragraph type="secondary">{t('quality.intro')}</Typography.Paragraph>
        {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
        {overview.isLoading ? <Spin style={{ display: 'block', margin: '32px auto' }} /> : null}
        <Row gutter={[12, 12]}>
          {(overview.data?.checks ?? []).map((c) => {
            const tone = TONE[checkTone(c.count)];
            const active = c.check === selected;
            return (
              <Col
                key={c.check}
                xs={{ flex: '100%' }}
                sm={{ flex: '50%' }}
                lg={{ flex: '33.33%' }}
                xl={{ flex: '20%' }}
              >
                <Card
                  size="small"
                  hoverable
                  role="button"
                  aria-pressed={active}
                  onClick={() => setSearch({ check: active ? undefined : c.check })}
                  style={{
                    height: '100%',
                    borderColor: active ? '#1d5fbf' : undefined,
                    boxShadow: active ? '0 0 0 1px #1d5fbf' : undefined,
                  }}
                >
                  <Typography.Text strong>{t(`quality.check.${c.check}`)}</Typography.Text>
                  <div style={{ fontSize: 28, fontWeight: 600, color: tone.color, margin: '4px 0' }}>
                    <Space size={8}>
                      {tone.icon}
                      {c.count}
                    </Space>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`quality.why.${c.check}`)}
                  </Typography.Text>
                </Card>
              </Col>
            );
          })}
        </Row>
        {overview.data?.notes.length ? (
          <Alert
            style={{ marginTop: 16 }}
            type="info"
            showIcon
            title={t('quality.notesTitle')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {overview.data.notes.map((note) => (
                  <li key={note}>{lang === 'en' && KNOWN_NOTES[note] ? t(KNOWN_NOTES[note]) : note}</li>
                ))}
              </ul>
            }
          />
        ) : null}
      </Card>
      {selected ? <QualityCheckTable check={selected} /> : null}
    </Space>
  );
}
