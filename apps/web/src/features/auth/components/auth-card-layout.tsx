import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/language-switch.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** The centred card used by the pages outside the app shell (login, forced password change). */
export function AuthCardLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', display: 'flex', flexDirection: 'column' }}>
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
        <LanguageSwitch />
      </div>
      <div
        style={{ flex: 1, display: 'flex', alignItems: 'flex-start', justifyContent: 'center', padding: '5vh 16px' }}
      >
        <div style={{ width: '100%', maxWidth: 420 }}>
          <Typography.Title level={2} style={{ textAlign: 'center', marginBottom: 4, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            {t('app.tagline')}
          </Typography.Paragraph>
          <Card title={title}>{children}</Card>
        </div>
      </div>
    </div>
  );
}
