import type { Role } from '@zhaoshang/shared';
import type { Lead, LeadStep } from './types.ts';

/** Office and unit staff report and handle leads; leaders only read them. */
export function canReportLeads(role: Role): boolean {
  return role === 'office' || role === 'unit_manager' || role === 'unit_staff';
}

/** Only the office sets the response deadlines. */
export function canSetResponseRules(role: Role): boolean {
  return role === 'office';
}

/** The reporting and handling units (and the office) move an open lead on. */
export function canHandleLead(me: { role: Role; unit: { id: number } }, lead: Lead): boolean {
  if (!canReportLeads(me.role)) return false;
  if (lead.status === 'filed' || lead.status === 'dropped') return false;
  return me.role === 'office' || lead.reportingUnit.id === me.unit.id || lead.handlingUnit.id === me.unit.id;
}

/**
 * The deadline to show for an open lead: the first one not yet past, else the last.
 * The list does not say which steps are done, so a past deadline that was met is skipped.
 */
export function nextDeadline(lead: Pick<Lead, 'status' | 'clock'>, today: string): { step: LeadStep; by: string } | null {
  if (lead.status === 'filed' || lead.status === 'dropped') return null;
  const steps: { step: LeadStep; by: string }[] = [
    { step: 'acknowledge', by: lead.clock.acknowledgeBy },
    { step: 'assess', by: lead.clock.assessBy },
    { step: 'feedback', by: lead.clock.feedbackBy },
  ];
  const open = lead.status === 'new' ? steps : steps.slice(1);
  return open.find((s) => s.by >= today) ?? open[open.length - 1] ?? null;
}
