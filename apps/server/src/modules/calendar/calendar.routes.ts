import { CALENDAR_DAY_KINDS } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { messageKey } from '../../http/validation.ts';
import { addCalendarDay, changeCalendarDay, listCalendarYear, removeCalendarDay } from './calendar.service.ts';

const daySchema = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string(),
  source: z.enum(['seed', 'office']),
  updatedAt: z.string(),
});
const dateParam = z.strictObject({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, messageKey('validation.dateFormat')),
});
const dayBody = { kind: z.enum(CALENDAR_DAY_KINDS), name: z.string().max(100) };

export const calendarRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['calendar'];
    app.get(
      '/calendar/:year',
      {
        schema: {
          tags,
          summary: '某年的节假日与调休上班日（与周一至周五不同的日子）',
          params: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
          response: {
            200: z.object({ year: z.number().int(), seededFrom: z.string().nullable(), days: z.array(daySchema) }),
          },
        },
      },
      async (req) => listCalendarYear(database, req.ctx, req.params.year),
    );
    app.post(
      '/calendar/days',
      {
        schema: {
          tags,
          summary: '新增一天（放假或调休上班）',
          body: z.strictObject({ date: z.string(), ...dayBody }),
          response: { 201: daySchema },
        },
      },
      async (req, reply) => reply.status(201).send(await addCalendarDay(database, req.ctx, req.body)),
    );
    app.put(
      '/calendar/days/:date',
      {
        schema: {
          tags,
          summary: '修改一天的类型或名称',
          params: dateParam,
          body: z.strictObject(dayBody),
          response: { 200: daySchema },
        },
      },
      async (req) => changeCalendarDay(database, req.ctx, req.params.date, req.body),
    );
    app.delete(
      '/calendar/days/:date',
      {
        schema: { tags, summary: '删除一天（恢复为周一至周五规则）', params: dateParam, response: { 204: z.null() } },
      },
      async (req, reply) => {
        await removeCalendarDay(database, req.ctx, req.params.date);
        return reply.status(204).send(null);
      },
    );
  };
