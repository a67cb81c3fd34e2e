import { GATE_REASON_LABELS, GATE_STATUS_LABELS, type GateReason, type GateStatus } from '@zhaoshang/shared';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';

const COLORS: Record<GateStatus, string> = { clear: 'default', pending: 'orange', approved: 'green', rejected: 'red' };

/** The quality gate's tag on a project: none while it meets the criteria, else its state and what it misses. */
export function GateTag({ gate }: { gate: { status: GateStatus; reasons: GateReason[] } }) {
  const { t, lang } = useI18n();
  if (gate.status === 'clear') return null;
  const reasons = gate.reasons.map((r) => GATE_REASON_LABELS[r][lang]).join(lang === 'zh' ? '、' : ', ');
  return (
    <Tooltip title={t('gate.tagHint', { reasons })}>
      <Tag color={COLORS[gate.status]} data-testid="gate-tag">
        {GATE_STATUS_LABELS[gate.status][lang]}
      </Tag>
    </Tooltip>
  );
}
