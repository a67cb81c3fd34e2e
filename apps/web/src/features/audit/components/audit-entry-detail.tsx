import { Col, Row, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { AuditEntry } from '../api.ts';

const PRE_STYLE = {
  margin: 0,
  padding: 12,
  background: '#fafafa',
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  maxHeight: 360,
  overflow: 'auto',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
  fontSize: 12,
} as const;

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** Before and after of one change, as plain text: recorded data is never rendered as markup. */
export function AuditEntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const side = (title: string, value: unknown) => {
    const text = asText(value);
    return (
      <Col xs={24} md={12}>
        <Typography.Text strong>{title}</Typography.Text>
        {text === null ? (
          <Typography.Paragraph type="secondary">{t('audit.nothingRecorded')}</Typography.Paragraph>
        ) : (
          <pre style={PRE_STYLE}>{text}</pre>
        )}
      </Col>
    );
  };
  return (
    <div>
      <Row gutter={16}>
        {side(t('audit.before'), entry.before)}
        {side(t('audit.after'), entry.after)}
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('audit.hash')}:{' '}
        <Typography.Text code copyable style={{ fontSize: 12 }}>
          {entry.hash}
        </Typography.Text>
      </Typography.Text>
    </div>
  );
}
