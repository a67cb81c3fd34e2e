import { z } from 'zod';

const unitRef = z.object({ id: z.number().int(), name: z.string() });

const rate = z.number().nullable();
const figures = z.object({
  signedCount: z.number().int(),
  signedAmountWan: z.number(),
  contractRate: rate,
  registrationRate: rate,
  readyRate: rate,
});

/**
 * An item attached to a notice, as it stood when sent: an overdue lead, an overdue blocker, or
 * the unit's own figures this year to date beside last year's (id: the year; name: the window).
 */
export const noticeItemSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('lead'), id: z.number().int(), name: z.string(), overdue: z.array(z.string()) }),
    z.object({
      kind: z.literal('blocker'),
      id: z.number().int(),
      name: z.string(),
      category: z.string(),
      dueOn: z.string(),
    }),
    z.object({ kind: z.literal('figures'), id: z.number().int(), name: z.string(), figures, lastYear: figures }),
  ])
  .meta({ id: 'NoticeItem' });

/** A point-to-point notice with how many of its unit have confirmed reading it. */
export const noticeSchema = z
  .object({
    id: z.number().int(),
    unit: unitRef,
    title: z.string(),
    body: z.string(),
    items: z.array(noticeItemSchema),
    sentBy: z.string(),
    sentAt: z.string(),
    recipients: z.number().int(),
    confirmed: z.number().int(),
    /** When the asker confirmed reading it, if they did. */
    myReadAt: z.string().nullable(),
  })
  .meta({ id: 'Notice' });

export const noticeDetailSchema = noticeSchema.extend({
  readers: z.array(z.object({ userId: z.number().int(), name: z.string(), readAt: z.string().nullable() })),
});
