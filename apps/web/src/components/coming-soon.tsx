import { RocketOutlined } from '@ant-design/icons';
import { Card, Result, Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh.ts';

/** Placeholder for an area that is planned but not built yet: says what it will do. */
export function ComingSoon({ titleKey, descriptionKey }: { titleKey: MessageKey; descriptionKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <Card>
      <Result
        icon={<RocketOutlined style={{ color: '#1d5fbf' }} />}
        title={
          <span>
            {t(titleKey)} <Tag color="blue">{t('nav.comingSoon')}</Tag>
          </span>
        }
        subTitle={<span style={{ display: 'inline-block', maxWidth: 640 }}>{t(descriptionKey)}</span>}
      />
    </Card>
  );
}
