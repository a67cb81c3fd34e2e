import { labelTable } from './messages/index.ts';

/**
 * The quality gate (统一项目引进标准, 严把质量关). The office sets intake criteria; a project
 * missing one waits for its unit head's approval (`pending`) and does not count in any
 * indicator until approved. With no criteria set, nothing is gated (every project `clear`).
 */
export const GATE_STATUSES = ['clear', 'pending', 'approved', 'rejected'] as const;
export type GateStatus = (typeof GATE_STATUSES)[number];

/** The gate statuses that count in the indicators (kpi.ts and its SQL twin in the server's kpi-bits). */
export const GATE_COUNTED: readonly GateStatus[] = ['clear', 'approved'];

export const GATE_REASONS = ['belowMinimum', 'chainMisfit'] as const;
export type GateReason = (typeof GATE_REASONS)[number];

export type IntakeCriteria = { minAgreedYuan: bigint | null; chainFitRequired: boolean };

/** The criteria a project misses, in a fixed order (none when no criteria are set). */
export function gateReasonsOf(
  criteria: IntakeCriteria | null,
  p: { agreedYuan: bigint; fitsPositioning: boolean },
): GateReason[] {
  if (!criteria) return [];
  const out: GateReason[] = [];
  if (criteria.minAgreedYuan !== null && p.agreedYuan < criteria.minAgreedYuan) out.push('belowMinimum');
  if (criteria.chainFitRequired && !p.fitsPositioning) out.push('chainMisfit');
  return out;
}

/**
 * The gate status after a save: clear when nothing is missed; an approval stands while the
 * project misses no more than what was approved; anything else waits for a decision again.
 */
export function nextGateStatus(
  current: { status: GateStatus; reasons: readonly string[] },
  reasons: readonly GateReason[],
): GateStatus {
  if (!reasons.length) return 'clear';
  if (current.status === 'approved' && reasons.every((r) => current.reasons.includes(r))) return 'approved';
  return 'pending';
}

export const GATE_STATUS_LABELS = labelTable('label.gateStatus', GATE_STATUSES);
export const GATE_REASON_LABELS = labelTable('label.gateReason', GATE_REASONS);
