import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { itemsOf, noContent, pageOf } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { acceptSpreadsheets, importRoute } from '../../spreadsheet/import-route.ts';
import {
  chainBody,
  chainMapSchema,
  chainUpdateBody,
  designationBody,
  drillItemSchema,
  gapSchema,
  groupBody,
  groupUpdateBody,
  placementBody,
  recommendationSchema,
  savedSchema,
  segmentBody,
  segmentOptionSchema,
  segmentUpdateBody,
  targetBody,
  targetSchema,
  targetUpdateBody,
  unmatchedSchema,
} from './chains.schemas.ts';
import {
  DRILL_KINDS,
  drillDown,
  getChainMap,
  listChainGaps,
  listSegments,
  listUnmatchedChains,
  recommendHosts,
} from './chains.service.ts';
import {
  createChain,
  createGroup,
  createSegment,
  createTarget,
  listTargets,
  placeCompany,
  removeSegment,
  removeTarget,
  saveChain,
  saveDesignations,
  saveGroup,
  saveSegment,
  saveTarget,
} from './chains-editing.service.ts';
import { exportChains, importChains } from './chains-import.ts';
import { exportTargets, importTargets } from './targets-import.ts';

const id = z.coerce.number().int().positive();
const params = z.strictObject({ id });
const created = { 201: savedSchema };

export const chainsRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['chains'];
    // The file itself is the body (xlsx or csv); its name comes in X-File-Name (URI-encoded).
    acceptSpreadsheets(app);
    importRoute(app, database, {
      path: '/imports/chains',
      tags,
      summary: '导入产业链图谱（产业链分组、产业链、环节、上中下游、首席专家、智库单位、责任单位；先试导入）',
      run: importChains,
    });
    exportRoute(app, {
      path: '/exports/chains',
      tags,
      summary: '导出产业链图谱（xlsx，与导入列相同）',
      file: { ascii: 'chain-map', name: 'export.chains.file' },
      run: (ctx) => exportChains(database, ctx),
    });
    importRoute(app, database, {
      path: '/imports/targets',
      tags,
      summary: '导入目标企业（产业链、环节、企业名称、统一社会信用代码、标签、责任单位、备注；先试导入）',
      run: importTargets,
    });
    exportRoute(app, {
      path: '/exports/targets',
      tags,
      summary: '导出目标企业（xlsx，与导入列相同）',
      file: { ascii: 'target-enterprises', name: 'export.targets.file' },
      run: (ctx) => exportTargets(database, ctx),
    });
    app.get(
      '/chains/map',
      {
        schema: {
          tags,
          summary: '产业链招商图谱：分组→产业链→环节，实时数字与缺口',
          response: { 200: chainMapSchema },
        },
      },
      async (req) => getChainMap(database, req.ctx),
    );
    app.get(
      '/chains/gaps',
      {
        schema: {
          tags,
          summary: '各环节数字与缺口（缺链：无本地企业；弱链：两年无签约）',
          querystring: z.strictObject({ onlyGaps: z.enum(['true', 'false']).default('false') }),
          response: { 200: itemsOf(gapSchema) },
        },
      },
      async (req) => ({ items: await listChainGaps(database, req.ctx, req.query.onlyGaps === 'true') }),
    );
    app.get(
      '/chains/segments',
      {
        schema: {
          tags,
          summary: '环节（供选择）',
          querystring: z.strictObject({ chainId: id.optional() }),
          response: { 200: itemsOf(segmentOptionSchema) },
        },
      },
      async (req) => ({ items: await listSegments(database, req.ctx, req.query.chainId) }),
    );
    app.get(
      '/chains/drill',
      {
        schema: {
          tags,
          summary: '图谱数字的明细：企业、目标企业、线索、报备、项目',
          querystring: z.strictObject({
            chainId: id,
            segmentId: id.optional(),
            kind: z.enum(DRILL_KINDS),
            stage: z.string().max(20).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(500).default(20),
          }),
          response: { 200: pageOf(drillItemSchema) },
        },
      },
      async (req) => drillDown(database, req.ctx, req.query),
    );
    app.get(
      '/chains/recommend-hosts',
      {
        schema: {
          tags,
          summary: '推荐承载地（适当地域）及理由',
          querystring: z.strictObject({ chainId: id, segmentId: id.optional() }),
          response: { 200: recommendationSchema },
        },
      },
      async (req) => recommendHosts(database, req.ctx, req.query),
    );
    app.get(
      '/chains/unmatched',
      {
        schema: {
          tags,
          summary: '未能对应到图谱的产业链文字（线索、项目）',
          response: { 200: itemsOf(unmatchedSchema) },
        },
      },
      async (req) => ({ items: await listUnmatchedChains(database, req.ctx) }),
    );
    app.post(
      '/chain-groups',
      { schema: { tags, summary: '新增产业链分组', body: groupBody, response: created } },
      async (req, reply) => reply.status(201).send(await createGroup(database, req.ctx, req.body)),
    );
    app.put(
      '/chain-groups/:id',
      {
        schema: {
          tags,
          summary: '修改产业链分组（带版本号）',
          params,
          body: groupUpdateBody,
          response: { 200: savedSchema },
        },
      },
      async (req) => saveGroup(database, req.ctx, req.params.id, req.body),
    );
    app.post(
      '/chains',
      { schema: { tags, summary: '新增产业链', body: chainBody, response: created } },
      async (req, reply) => reply.status(201).send(await createChain(database, req.ctx, req.body)),
    );
    app.put(
      '/chains/:id',
      {
        schema: {
          tags,
          summary: '修改产业链（带版本号）',
          params,
          body: chainUpdateBody,
          response: { 200: savedSchema },
        },
      },
      async (req) => saveChain(database, req.ctx, req.params.id, req.body),
    );
    app.put(
      '/chains/:id/designations',
      {
        schema: {
          tags,
          summary: '设定以此链为主导产业的单位（带产业链版本号）',
          params,
          body: designationBody,
          response: { 200: savedSchema },
        },
      },
      async (req) => saveDesignations(database, req.ctx, req.params.id, req.body),
    );
    app.post(
      '/chain-segments',
      { schema: { tags, summary: '新增环节', body: segmentBody, response: created } },
      async (req, reply) => reply.status(201).send(await createSegment(database, req.ctx, req.body)),
    );
    app.put(
      '/chain-segments/:id',
      {
        schema: {
          tags,
          summary: '修改环节（带版本号）',
          params,
          body: segmentUpdateBody,
          response: { 200: savedSchema },
        },
      },
      async (req) => saveSegment(database, req.ctx, req.params.id, req.body),
    );
    app.delete(
      '/chain-segments/:id',
      {
        schema: {
          tags,
          summary: '删除环节（带版本号；仍被线索、报备、项目、企业、目标企业或下级环节使用的不能删除）',
          params,
          querystring: z.strictObject({ version: id }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await removeSegment(database, req.ctx, req.params.id, req.query.version);
        return reply.status(204).send();
      },
    );
    app.get(
      '/chain-segments/:id/targets',
      { schema: { tags, summary: '环节的目标企业', params, response: { 200: itemsOf(targetSchema) } } },
      async (req) => ({ items: await listTargets(database, req.ctx, req.params.id) }),
    );
    app.post(
      '/chain-targets',
      { schema: { tags, summary: '新增目标企业', body: targetBody, response: created } },
      async (req, reply) => reply.status(201).send(await createTarget(database, req.ctx, req.body)),
    );
    app.put(
      '/chain-targets/:id',
      {
        schema: {
          tags,
          summary: '修改目标企业（带版本号）',
          params,
          body: targetUpdateBody,
          response: { 200: savedSchema },
        },
      },
      async (req) => saveTarget(database, req.ctx, req.params.id, req.body),
    );
    app.delete(
      '/chain-targets/:id',
      {
        schema: {
          tags,
          summary: '删除目标企业（带版本号）',
          params,
          querystring: z.strictObject({ version: id }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await removeTarget(database, req.ctx, req.params.id, req.query.version);
        return reply.status(204).send();
      },
    );
    app.put(
      '/companies/:id/chain',
      {
        schema: {
          tags,
          summary: '把企业放到产业链环节上（本地企业）',
          params,
          body: placementBody,
          response: { 200: savedSchema },
        },
      },
      async (req) => placeCompany(database, req.ctx, req.params.id, req.body),
    );
  };
