import { Card, Descriptions, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';

export function WelcomeCard() {
  const { t, unitKindLabel, roleLabel } = useI18n();
  const user = useSessionUser();
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
        {t('home.intro')}
      </Typography.Paragraph>
    </Card>
  );
}
