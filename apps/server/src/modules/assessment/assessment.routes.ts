import { INDICATOR_KEYS, UNIT_KINDS } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { MAX_IMPORT_BYTES } from '../../spreadsheet/read-table.ts';
import { readUploadedTable } from '../../spreadsheet/uploaded-table.ts';
import { attachmentHeader } from '../../spreadsheet/write-table.ts';
import { importQuery, importReportSchema } from '../companies/companies.schemas.ts';
import { id, wan } from '../projects/projects.schemas.ts';
import { listProjects } from '../projects/projects.service.ts';
import { findIssuingUnitName } from './assessment.repository.ts';
import { bulletinHtml, bulletinXlsx, closePdfBrowser, htmlToPdf } from './bulletin-document.ts';
import {
  bulletinTitle,
  draftBulletin,
  FIGURE_KEYS,
  getBulletin,
  listBulletins,
  projectIdsBehind,
  publishBulletin,
  readBulletin,
  recomputeBulletin,
  setRemarks,
} from './bulletins.service.ts';
import { QUALITY_CHECKS, type QualityCheck } from './dashboard.repository.ts';
import { getDashboard, getQualityCheck, getQualityOverview, kpiProjects } from './dashboard.service.ts';
import { importForeignCapital } from './foreign-capital-import.ts';
import { computeWindowKpi, kpiContractJson } from './kpi.service.ts';
import {
  getForeignCapital,
  getScheme,
  getTargets,
  putForeignCapital,
  putScheme,
  putTargets,
} from './scheme.service.ts';

const year = z.coerce.number().int().min(2000).max(2100);
const count = z.number().int().min(0).max(1_000_000).nullable();
const points = z.number().min(0).max(100);

const schemeBody = z.strictObject({
  year: z.number().int(),
  indicators: z
    .array(z.strictObject({ key: z.enum(INDICATOR_KEYS), weight: z.number(), floor: z.number().nullable().optional() }))
    .min(1, '至少一个指标')
    .max(INDICATOR_KEYS.length * 2),
  bonus: z.strictObject({ signed: points, started: points, completed: points, producing: points }),
  penalties: z.strictObject({ pastPlannedStart: points, falsified: points }),
  groups: z
    .array(
      z.strictObject({
        name: z.string().trim().max(50),
        unitKinds: z.array(z.enum(UNIT_KINDS)).max(UNIT_KINDS.length),
      }),
    )
    .max(10),
  bonusCap: z.number().min(0).max(100).nullable().optional(),
});

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Assessment: indicators, the scheme and targets, foreign capital, bulletins, the dashboard and data quality. */
export const assessmentRoutes =
  (database: Database): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    app.addHook('onClose', closePdfBrowser);
    app.addContentTypeParser(
      ['application/octet-stream', 'text/csv', xlsx],
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_req, body, done) => done(null, body),
    );
    app.get(
      '/kpi',
      {
        schema: {
          tags,
          summary: '考核指标（同 zhaoshang kpi --json）',
          querystring: z.strictObject({ from: z.string(), to: z.string() }),
        },
      },
      async (req) => {
        const w = req.query;
        const { result, units } = await computeWindowKpi(database, req.ctx, w);
        const json = kpiContractJson(w, result, units);
        return { ...json, units: json.units.map((u, i) => ({ unitId: result.units[i]!.unitId, ...u })) };
      },
    );
    app.get(
      '/kpi/projects',
      {
        schema: {
          tags,
          summary: '指标下钻：某一统计期、某单位某项指标背后的项目',
          querystring: z.strictObject({
            from: z.string(),
            to: z.string(),
            figure: z.enum([
              'signed',
              'amount',
              'contracted',
              'registered',
              'ready',
              'started',
              'completed',
              'producing',
              'fit',
              'fitAmount',
              'readyImplied',
            ]),
            unitId: id.optional(),
            role: z.enum(['host', 'source']).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
        },
      },
      async (req) => {
        const { page, pageSize, ...kpi } = req.query;
        return kpiProjects(database, req.ctx, { kpi, page, pageSize });
      },
    );
    app.get(
      '/assessment/schemes/:year',
      { schema: { tags, summary: '年度考核方案（未保存时为默认方案，version 0）', params: z.strictObject({ year }) } },
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
        },
      },
      async (req) => putScheme(database, req.ctx, req.params.year, req.body.scheme, req.body.version),
    );
    app.get(
      '/assessment/targets/:year',
      { schema: { tags, summary: '各单位年度目标', params: z.strictObject({ year }) } },
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
                }),
              )
              .max(1000),
          }),
        },
      },
      async (req, reply) => {
        await putTargets(database, req.ctx, req.params.year, req.body.items);
        return reply.status(204).send();
      },
    );
    app.get(
      '/foreign-capital',
      { schema: { tags, summary: '实际使用外资（按单位、月份；含上年）', querystring: z.strictObject({ year }) } },
      async (req) => getForeignCapital(database, req.ctx, req.query.year),
    );
    app.put(
      '/foreign-capital',
      {
        schema: {
          tags,
          summary: '录入实际使用外资（万美元）',
          body: z.strictObject({
            items: z
              .array(
                z.strictObject({
                  unitId: z.number().int().positive(),
                  year: z.number().int().min(2000).max(2100),
                  month: z.number().int().min(1).max(12),
                  usedUsdWan: z.string(),
                }),
              )
              .min(1)
              .max(2000),
          }),
        },
      },
      async (req, reply) => {
        await putForeignCapital(database, req.ctx, req.body.items);
        return reply.status(204).send();
      },
    );
    app.post(
      '/imports/foreign-capital',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: { tags, summary: '导入实际使用外资', querystring: importQuery, response: { 200: importReportSchema } },
      },
      async (req) => {
        const { table, fileName, bytes } = await readUploadedTable(req);
        return importForeignCapital(database, req.ctx, table, {
          dryRun: req.query.dryRun === 'true',
          fileName,
          fileBytes: bytes,
        });
      },
    );
    app.get('/bulletins', { schema: { tags, summary: '通报列表（单位只见已发布的）' } }, async (req) =>
      listBulletins(database, req.ctx),
    );
    app.post(
      '/bulletins',
      {
        schema: {
          tags,
          summary: '生成（或重新生成）某月通报草稿',
          body: z.strictObject({
            year: z.number().int().min(2000).max(2100),
            month: z.number().int().min(1, '月份应为 1–12').max(12, '月份应为 1–12'),
            adjustments: z
              .array(
                z.strictObject({
                  unitId: z.number().int().positive(),
                  falsified: z.number().int().min(0).max(100),
                  note: z.string().trim().min(1, '请写明扣分原因').max(500),
                }),
              )
              .max(200)
              .optional(),
          }),
          response: { 201: z.object({ id: z.number().int() }) },
        },
      },
      async (req, reply) => reply.status(201).send(await draftBulletin(database, req.ctx, req.body)),
    );
    app.get(
      '/bulletins/:id',
      { schema: { tags, summary: '通报（已发布的每次读取都校验哈希）', params: z.strictObject({ id }) } },
      async (req) => getBulletin(database, req.ctx, req.params.id),
    );
    app.put(
      '/bulletins/:id/remarks',
      {
        schema: {
          tags,
          summary: '草稿的备注',
          params: z.strictObject({ id }),
          body: z.strictObject({ version: z.number().int().positive(), remarks: z.string().max(5000).nullable() }),
        },
      },
      async (req, reply) => {
        await setRemarks(database, req.ctx, req.params.id, req.body.version, req.body.remarks);
        return reply.status(204).send();
      },
    );
    app.post(
      '/bulletins/:id/publish',
      {
        schema: {
          tags,
          summary: '发布通报（冻结、编号、封存哈希）',
          params: z.strictObject({ id }),
          body: z.strictObject({ version: z.number().int().positive() }),
        },
      },
      async (req) => publishBulletin(database, req.ctx, req.params.id, req.body.version),
    );
    app.get(
      '/bulletins/:id/projects',
      {
        schema: {
          tags,
          summary: '通报中某个数字背后的项目（发布时冻结的项目编号）',
          params: z.strictObject({ id }),
          querystring: z.strictObject({
            unitId: id.optional(),
            figure: z.enum(FIGURE_KEYS),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
          }),
        },
      },
      async (req) => {
        const { idsFrom, count, published } = await projectIdsBehind(
          database,
          req.ctx,
          req.params.id,
          req.query.unitId ?? null,
          req.query.figure,
        );
        if (!count) return { items: [], total: 0, ids: 0 };
        return {
          ...(await listProjects(
            database,
            req.ctx,
            { idsFrom },
            { by: 'signedOn', desc: true },
            req.query.page,
            req.query.pageSize,
            { published },
          )),
          ids: count,
        };
      },
    );
    app.get(
      '/bulletins/:id/recomputed',
      { schema: { tags, summary: '按今天的数据重算：哪些数字会不同，以及背后的更正', params: z.strictObject({ id }) } },
      async (req) => recomputeBulletin(database, req.ctx, req.params.id),
    );
    for (const format of ['xlsx', 'pdf'] as const) {
      app.get(
        `/bulletins/:id/${format}`,
        {
          schema: {
            tags,
            summary: format === 'pdf' ? '下载通报 PDF（A4 公文格式）' : '下载通报 xlsx',
            params: z.strictObject({ id }),
          },
        },
        async (req, reply) => {
          const b = await readBulletin(database, req.ctx, req.params.id);
          const issuer = await findIssuingUnitName(database.db);
          const name = `招商引资工作通报${bulletinTitle(b)}.${format}`;
          const body = format === 'pdf' ? await htmlToPdf(bulletinHtml(b, issuer)) : await bulletinXlsx(b, issuer);
          return reply
            .header('Content-Type', format === 'pdf' ? 'application/pdf' : xlsx)
            .header('Content-Disposition', attachmentHeader(`bulletin-${b.year}-${b.month}.${format}`, name))
            .send(body);
        },
      );
    }
    app.get(
      '/dashboard',
      {
        schema: {
          tags,
          summary: '工作台数据（领导、领导小组办公室）',
          querystring: z.strictObject({ year: year.optional() }),
        },
      },
      async (req) => getDashboard(database, req.ctx, req.query.year ?? new Date().getFullYear()),
    );
    app.get('/data-quality', { schema: { tags, summary: '数据质量检查一览' } }, async (req) =>
      getQualityOverview(database, req.ctx),
    );
    app.get(
      '/data-quality/:check',
      {
        schema: {
          tags,
          summary: '某项数据质量检查的明细',
          params: z.strictObject({ check: z.enum(Object.keys(QUALITY_CHECKS) as [QualityCheck, ...QualityCheck[]]) }),
        },
      },
      async (req) => getQualityCheck(database, req.ctx, req.params.check),
    );
  };
