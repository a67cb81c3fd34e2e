import { INDICATOR_KEYS, SCHEME_KEYS, UNIT_KINDS } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent } from '../../http/responses.ts';
import { messageKey } from '../../http/validation.ts';
import { wan } from '../projects/projects.schemas.ts';
import {
  fourNewByMonthSchema,
  savedSchemeSchema,
  schemeResponseSchema,
  schemesResponseSchema,
  unitTargetSchema,
} from './schemes.schemas.ts';
import { getFourNewByMonth, getScheme, getSchemes, getTargets, putScheme, putTargets } from './schemes.service.ts';

const year = z.coerce.number().int().min(2000).max(2100);
const count = z.number().int().min(0).max(1_000_000).nullable();
const points = z.number().min(0).max(100);

const schemeBody = z.strictObject({
  year: z.number().int(),
  indicators: z
    .array(z.strictObject({ key: z.enum(INDICATOR_KEYS), weight: z.number(), floor: z.number().nullable().optional() }))
    .min(1, messageKey('scheme.indicatorsRequired'))
    .max(INDICATOR_KEYS.length * 2),
  bonus: z.strictObject({ signed: points, started: points, completed: points, producing: points }),
  penalties: z.strictObject({ pastPlannedStart: points, falsified: points, staleSites: points.optional() }),
  groups: z
    .array(
      z.strictObject({
        name: z.string().trim().max(50),
        unitKinds: z.array(z.enum(UNIT_KINDS)).max(UNIT_KINDS.length),
      }),
    )
    .max(10),
  bonusCap: z.number().min(0).max(100).nullable().optional(),
  staleSitesCap: z.number().min(0).max(100).nullable().optional(),
  name: z.string().trim().max(100).optional(),
  unitIds: z.array(z.number().int().positive()).max(1000).optional(),
});

/** The year's assessment scheme (indicators, weights, floors, groups) and each unit's targets. */
export const schemesRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    app.get(
      '/assessment/schemes/:year',
      {
        schema: {
          tags,
          summary: '年度考核方案（未保存时为默认方案，version 0）',
          params: z.strictObject({ year }),
          response: { 200: schemeResponseSchema },
        },
      },
      async (req) => getScheme(database, req.ctx, req.params.year),
    );
    app.put(
      '/assessment/schemes/:year',
      {
        schema: {
          tags,
          summary: '保存年度考核方案（权重之和须为 100）',
          params: z.strictObject({ year }),
          body: z.strictObject({ version: z.number().int().min(0), scheme: schemeBody }),
          response: { 200: savedSchemeSchema },
        },
      },
      async (req) => putScheme(database, req.ctx, req.params.year, req.body.scheme, req.body.version),
    );
    app.get(
      '/assessment/scheme-sets/:year',
      {
        schema: {
          tags,
          summary: '年度三个考核方案（全市招商引资工作方案、市直部门招商引资考核办法、驻外招商局管理和考核办法）',
          params: z.strictObject({ year }),
          response: { 200: schemesResponseSchema },
        },
      },
      async (req) => getSchemes(database, req.ctx, req.params.year),
    );
    app.put(
      '/assessment/scheme-sets/:year/:key',
      {
        schema: {
          tags,
          summary: '保存年度三个考核方案之一（权重之和须为 100；每个单位只能属于一个方案）',
          params: z.strictObject({ year, key: z.enum(SCHEME_KEYS) }),
          body: z.strictObject({ version: z.number().int().min(0), scheme: schemeBody }),
          response: { 200: savedSchemeSchema },
        },
      },
      async (req) => putScheme(database, req.ctx, req.params.year, req.body.scheme, req.body.version, req.params.key),
    );
    app.get(
      '/assessment/four-new/:year',
      {
        schema: {
          tags,
          summary: '重大项目“四新”分段考核：各单位逐月新签约、新开工、新竣工、新投产及得分',
          params: z.strictObject({ year }),
          response: { 200: fourNewByMonthSchema },
        },
      },
      async (req) => getFourNewByMonth(database, req.ctx, req.params.year),
    );
    app.get(
      '/assessment/targets/:year',
      {
        schema: {
          tags,
          summary: '各单位年度目标',
          params: z.strictObject({ year }),
          response: { 200: itemsOf(unitTargetSchema) },
        },
      },
      async (req) => getTargets(database, req.ctx, req.params.year),
    );
    app.put(
      '/assessment/targets/:year',
      {
        schema: {
          tags,
          summary: '保存各单位年度目标',
          params: z.strictObject({ year }),
          body: z.strictObject({
            items: z
              .array(
                z.strictObject({
                  unitId: z.number().int().positive(),
                  signedCount: count,
                  signedAmountWan: wan.nullable(),
                  leads: count,
                  events: count,
                  foreignUsdWan: wan.nullable(),
                  visits: count.optional(),
                  postDays: count.optional(),
                  services: count.optional(),
                }),
              )
              .max(1000),
          }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await putTargets(database, req.ctx, req.params.year, req.body.items);
        return reply.status(204).send();
      },
    );
  };
