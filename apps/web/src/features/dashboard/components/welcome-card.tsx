import { Card, Descriptions, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { menuSummary } from '../../shell/areas.ts';

export function WelcomeCard() {
  const { t, lang, unitKindLabel, roleLabel } = useI18n();
  const user = useSessionUser();
  const menu = menuSummary(user.role);
  const list = (keys: typeof menu.open) => keys.map((key) => t(key)).join(lang === 'zh' ? '、' : ', ');
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: user.displayName })}
      </Typography.Title>
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t('home.yourUnit')}>{user.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('home.unitKind')}>{unitKindLabel(user.unit.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('home.yourRole')}>{roleLabel(user.role)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {menu.open.length ? t('home.introAreas', { areas: list(menu.open) }) : null}
        {menu.planned.length ? ` ${t('home.introPlanned', { areas: list(menu.planned) })}` : null}
      </Typography.Paragraph>
    </Card>
  );
}
