import { z } from 'zod';
import { messageKey } from '../../http/validation.ts';
import { calendarDate, id } from '../projects/projects.schemas.ts';

const ref = z.object({ id: z.number().int(), name: z.string() });
export const HANDOVER_KINDS = ['lead', 'filing', 'project', 'blocker'] as const;

export const roundBody = z.strictObject({
  name: z.string().trim().min(1, messageKey('rotation.roundNameRequired')).max(100),
  startsOn: calendarDate,
  /** Three years less a day after the start when not given. */
  endsOn: calendarDate.optional(),
});

/** A rotation round (轮换批次) and how many postings it holds. */
export const roundSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    postingCount: z.number().int(),
  })
  .meta({ id: 'RotationRound' });

export const postingBody = z.strictObject({
  roundId: id,
  userId: id,
  unitId: id,
  startDate: calendarDate,
  /** The round's end when not given. */
  endDate: calendarDate.optional(),
  note: z.string().trim().max(500).nullable().optional(),
});

export const postingFilter = { roundId: id.optional(), unitId: id.optional(), userId: id.optional() };

/** A person posted to a resident bureau in a round, seconded from their home unit. */
export const postingSchema = z
  .object({
    id: z.number().int(),
    round: ref,
    person: ref,
    unit: ref,
    fromUnit: ref,
    startDate: z.string(),
    endDate: z.string(),
    note: z.string().nullable(),
  })
  .meta({ id: 'RotationPosting' });

export const handoverItemSchema = z
  .object({ kind: z.enum(HANDOVER_KINDS), id: z.number().int(), label: z.string() })
  .meta({ id: 'HandoverItem' });

const counts = z.object({
  lead: z.number().int(),
  filing: z.number().int(),
  project: z.number().int(),
  blocker: z.number().int(),
});

export const previewQuery = z.strictObject({ unitId: id, fromUserId: id });

/** What a handover would move, and the fingerprint the confirmation must send back unchanged. */
export const previewSchema = z
  .object({
    unit: ref,
    from: ref,
    counts,
    items: z.array(handoverItemSchema),
    fingerprint: z.string(),
    runningPosting: z.object({ id: z.number().int(), startDate: z.string(), endDate: z.string() }).nullable(),
  })
  .meta({ id: 'HandoverPreview' });

export const handoverBody = z.strictObject({
  unitId: id,
  fromUserId: id,
  toUserId: id,
  fingerprint: z.string().min(1).max(100),
  endPosting: z.boolean().default(false),
  note: z.string().trim().max(500).nullable().optional(),
});

/** A handover done: who gave what to whom, when, and the posting it ended. */
export const handoverSchema = z
  .object({
    id: z.number().int(),
    unit: ref,
    from: ref,
    to: ref,
    counts,
    items: z.array(handoverItemSchema),
    endedPostingId: z.number().int().nullable(),
    note: z.string().nullable(),
    by: z.string(),
    at: z.string(),
  })
  .meta({ id: 'Handover' });
