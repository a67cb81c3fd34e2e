import { Tooltip, Typography } from 'antd';
import { groupThousands } from '../../../components/figures.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { largeAmount } from '../project-format.ts';

/** A 万元 amount with thousands separators; 亿元 (or billions) in a tooltip when it is large. */
export function AmountText({ wan, unit = false }: { wan: string | null; unit?: boolean }) {
  const { t, lang } = useI18n();
  if (wan === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = unit ? t('project.wanValue', { value: groupThousands(wan) }) : groupThousands(wan);
  const large = largeAmount(wan, lang);
  return large ? (
    <Tooltip title={large}>
      <span style={{ whiteSpace: 'nowrap' }}>{text}</span>
    </Tooltip>
  ) : (
    <span style={{ whiteSpace: 'nowrap' }}>{text}</span>
  );
}
