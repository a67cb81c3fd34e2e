import { formatLargeYuan, formatMoney } from '@zhaoshang/shared';
import { Tooltip, Typography } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';

/** A 万元 amount with thousands separators; 亿元 (or billions) in a tooltip when it is large. */
export function AmountText({ wan, unit = false }: { wan: string | null; unit?: boolean }) {
  const { t, lang } = useI18n();
  if (wan === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = unit ? t('project.wanValue', { value: formatMoney(wan) }) : formatMoney(wan);
  const large = formatLargeYuan(wan, lang);
  return large ? (
    <Tooltip title={large}>
      <span style={{ whiteSpace: 'nowrap' }}>{text}</span>
    </Tooltip>
  ) : (
    <span style={{ whiteSpace: 'nowrap' }}>{text}</span>
  );
}
