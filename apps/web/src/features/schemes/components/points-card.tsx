import { Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { errorProps, type FieldErrors } from './indicators-table.tsx';

const BONUS = ['signed', 'started', 'completed', 'producing'] as const;
const PENALTIES = ['pastPlannedStart', 'falsified', 'staleSites'] as const;
const PENALTY_UNIT = {
  pastPlannedStart: 'scheme.perProject',
  falsified: 'scheme.perTime',
  staleSites: 'scheme.perSite',
} as const;

/** Bonus points per "four new" major project, the cap on them, and the penalties. */
export function PointsCard({ errorsAt }: { errorsAt: FieldErrors }) {
  const { t } = useI18n();
  const points = (path: (string | number)[], label: string, unit: string) => (
    <Form.Item name={path} label={label} {...errorProps(errorsAt(path.join('.')))}>
      <InputNumber min={0} max={100} step={1} suffix={unit} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <Card size="small" title={t('scheme.points.title')}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('scheme.points.bonusHint')}
      </Typography.Paragraph>
      <Row gutter={16}>
        {BONUS.map((k) => (
          <Col xs={12} md={6} key={k}>
            {points(['bonus', k], t(`scheme.bonus.${k}`), t('scheme.perProject'))}
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Form.Item
            name="bonusCap"
            label={t('scheme.bonusCap')}
            extra={t('scheme.bonusCapHint')}
            {...errorProps(errorsAt('bonusCap'))}
          >
            <InputNumber min={0} max={100} step={1} suffix={t('scheme.points')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {PENALTIES.map((k) => (
          <Col xs={12} md={6} key={k}>
            {points(['penalties', k], t(`scheme.penalty.${k}`), t(PENALTY_UNIT[k]))}
          </Col>
        ))}
        <Col xs={12} md={6}>
          <Form.Item
            name="staleSitesCap"
            label={t('scheme.staleSitesCap')}
            extra={t('scheme.bonusCapHint')}
            {...errorProps(errorsAt('staleSitesCap'))}
          >
            <InputNumber min={0} max={100} step={1} suffix={t('scheme.points')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
