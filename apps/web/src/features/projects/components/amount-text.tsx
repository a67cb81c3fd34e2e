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

/**
 * A drill-down's amount: the agreed investment, and below it what the figure counts when that
 * differs (a unit's share of a joint filing's project, or a bulletin's frozen amount), so the
 * listed amounts add up to the figure.
 */
export function CreditedAmount({ agreedWan, creditedWan }: { agreedWan: string; creditedWan?: string }) {
  const { t } = useI18n();
  if (creditedWan === undefined || creditedWan === agreedWan) return <AmountText wan={agreedWan} />;
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-end' }}>
      <AmountText wan={agreedWan} />
      <Tooltip title={t('project.creditedWan.hint')}>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t('project.creditedWan', { value: formatMoney(creditedWan) })}
        </Typography.Text>
      </Tooltip>
    </span>
  );
}
