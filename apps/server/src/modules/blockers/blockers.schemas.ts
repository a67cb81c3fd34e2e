import { BLOCKER_CATEGORIES } from '@zhaoshang/shared';
import { z } from 'zod';

const unitRef = z.object({ id: z.number().int(), name: z.string() });

export const blockerSchema = z
  .object({
    id: z.number().int(),
    project: z.object({
      id: z.number().int(),
      name: z.string(),
      major: z.boolean(),
      pushDepartment: unitRef.nullable().describe('the push department: pushes the project to start'),
      nurtureDepartment: unitRef.nullable().describe('the nurture department: nurtures it once started'),
    }),
    category: z.enum(BLOCKER_CATEGORIES),
    description: z.string(),
    responsibleUnit: unitRef,
    dueOn: z.string(),
    status: z.enum(['open', 'resolved']),
    resolution: z.string().nullable(),
    escalated: z.boolean(),
    overdue: z.boolean(),
    raisedAt: z.string(),
    resolvedAt: z.string().nullable(),
    routedAs: z.enum(['push', 'nurture']).nullable().describe('routed to the push or nurture department by stage'),
    version: z.number().int(),
  })
  .meta({ id: 'Blocker' });

const meetingStatus = z.enum(['planned', 'held']);

export const meetingSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    heldOn: z.string(),
    status: meetingStatus,
    items: z.number().int(),
    decided: z.number().int(),
  })
  .meta({ id: 'MeetingSummary' });

export const meetingDetailSchema = z.object({
  meeting: z.object({ id: z.number().int(), title: z.string(), heldOn: z.string(), status: meetingStatus }),
  items: z.array(z.object({ blocker: blockerSchema, decision: z.string().nullable() })),
});

type MeetingRow = { id: number; title: string; held_on: string; status: string };

/** A meeting row as the API shows it (camelCase). */
export function presentMeeting<R extends MeetingRow>(row: R) {
  const { held_on, status, ...rest } = row;
  return { ...rest, heldOn: held_on, status: status as 'planned' | 'held' };
}
