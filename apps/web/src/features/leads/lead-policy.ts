import type { Role } from '@zhaoshang/shared';
import { may, mayOnRecord, type PolicyUser } from '../../components/policy.ts';
import type { Lead, LeadStep } from './api.ts';

/** Office and unit staff report and handle leads; leaders only read them. */
export function canReportLeads(role: Role): boolean {
  return may({ role }, 'lead.report');
}

/** Only the office sets the response deadlines. */
export function canSetResponseRules(role: Role): boolean {
  return may({ role }, 'lead.rules');
}

/** The reporting and handling units (and the office) move an open lead on. */
export function canHandleLead(me: PolicyUser, lead: Lead): boolean {
  if (lead.status === 'filed' || lead.status === 'dropped') return false;
  return mayOnRecord(me, 'lead.handle', {
    reportingUnitId: lead.reportingUnit.id,
    handlingUnitId: lead.handlingUnit.id,
  });
}

/** The steps of the response clock not done yet, in order. */
export function pendingSteps(lead: Pick<Lead, 'acknowledgedOn' | 'assessedOn' | 'feedbackOn'>): LeadStep[] {
  const done: Record<LeadStep, string | null> = {
    acknowledge: lead.acknowledgedOn,
    assess: lead.assessedOn,
    feedback: lead.feedbackOn,
  };
  return (['acknowledge', 'assess', 'feedback'] as const).filter((s) => done[s] === null);
}

/** The deadline to show for an open lead: that of its first step not done yet. */
export function nextDeadline(
  lead: Pick<Lead, 'status' | 'clock' | 'acknowledgedOn' | 'assessedOn' | 'feedbackOn'>,
): { step: LeadStep; by: string } | null {
  if (lead.status === 'filed' || lead.status === 'dropped') return null;
  const by: Record<LeadStep, string> = {
    acknowledge: lead.clock.acknowledgeBy,
    assess: lead.clock.assessBy,
    feedback: lead.clock.feedbackBy,
  };
  const step = pendingSteps(lead)[0];
  return step ? { step, by: by[step] } : null;
}
