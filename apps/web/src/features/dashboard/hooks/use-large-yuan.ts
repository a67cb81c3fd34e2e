import { formatMoney } from '@zhaoshang/shared';
import { useCallback } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** A 万元 amount as the dashboard says it: "222.54 亿元", or "22.25 billion yuan" in English. */
export function useLargeYuan(): (wan: string) => string {
  const { t, lang } = useI18n();
  return useCallback(
    (wan: string) => `${formatMoney(wan, { scale: lang === 'zh' ? 'yi' : 'billion' })} ${t('dashboard.unit.large')}`,
    [t, lang],
  );
}
