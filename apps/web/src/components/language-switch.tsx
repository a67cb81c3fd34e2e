import { useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { Lang } from '../i18n/language.ts';

// Each language is named in itself, so a reader of either can find their own.
const OPTIONS: { label: string; value: Lang }[] = [
  { label: '中文', value: 'zh' },
  { label: 'English', value: 'en' },
];

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const queryClient = useQueryClient();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('common.language')}
      options={OPTIONS}
      value={lang}
      onChange={(value) => {
        setLang(value);
        // What the server words (notifications, issues) is asked for again in the new language.
        void queryClient.invalidateQueries();
      }}
    />
  );
}
