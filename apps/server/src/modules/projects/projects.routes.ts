import { msg, parseWan, wanToYuan } from '@zhaoshang/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { type FileStore, MAX_EVIDENCE_BYTES } from '../../files/file-store.ts';
import { AppError } from '../../http/errors.ts';
import { fileResponse, noContent } from '../../http/responses.ts';
import { exportRoute } from '../../spreadsheet/export-route.ts';
import { importRoute } from '../../spreadsheet/import-route.ts';
import { readUploadedFile } from '../../spreadsheet/uploaded-table.ts';
import { attachmentHeader } from '../../spreadsheet/write-table.ts';
import { addEvidence, readEvidence, removeEvidence } from './project-evidence.ts';
import {
  id,
  listProjectsQuery,
  projectBody,
  projectDetailSchema,
  projectPageSchema,
  saveProjectBody,
} from './projects.schemas.ts';
import {
  createProject,
  getProject,
  type ListQuery,
  listProjects,
  type ProjectInput,
  saveProject,
} from './projects.service.ts';
import { exportProjectsFile, importProjects } from './projects-import.ts';

const yuan = (w: string) => wanToYuan((parseWan(w) as { value: string }).value);

/** The API body as the service's input: amounts in yuan, exact. */
function inputOf(b: z.infer<typeof projectBody>): ProjectInput {
  return {
    ...b,
    agreedYuan: yuan(b.agreedWan),
    investedYuan: yuan(b.investedWan),
    foreignUsdWan: b.foreignUsdWan === null ? null : (parseWan(b.foreignUsdWan) as { value: string }).value,
    expectedTaxWan: b.expectedTaxWan === null ? null : (parseWan(b.expectedTaxWan) as { value: string }).value,
    stages: b.stages,
  } as ProjectInput & { agreedWan?: string };
}

function filterOf(q: z.infer<typeof listProjectsQuery>): ListQuery {
  return {
    q: q.q,
    stages: q.stage ? q.stage.split(',') : undefined,
    unitId: q.unitId,
    chain: q.chain,
    eventId: q.eventId,
    chainId: q.chainId,
    segmentId: q.segmentId,
    outsideRecommendation: q.outsideRecommendation === 'true',
    companyId: q.companyId,
    amountMinYuan: q.amountMinWan ? yuan(q.amountMinWan) : undefined,
    amountMaxYuan: q.amountMaxWan ? yuan(q.amountMaxWan) : undefined,
    investorType: q.investorType,
    signedFrom: q.signedFrom,
    signedTo: q.signedTo,
    majorOnly: q.majorOnly === 'true',
    stalled: q.stalled === 'true',
    missingEvidence: q.missingEvidence === 'true',
    statuses: q.status ? q.status.split(',') : undefined,
  };
}

export const projectsRoutes =
  (database: Database, files: FileStore): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['projects'];
    app.addContentTypeParser(
      [
        'application/octet-stream',
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/pdf',
        'image/jpeg',
        'image/png',
      ],
      { parseAs: 'buffer', bodyLimit: MAX_EVIDENCE_BYTES },
      (_req, body, done) => done(null, body),
    );
    app.get(
      '/projects',
      {
        schema: {
          tags,
          summary: '项目列表（筛选、排序、分页）',
          querystring: listProjectsQuery,
          response: { 200: projectPageSchema },
        },
      },
      async (req) => {
        const q = req.query;
        if (q.amountMinWan && q.amountMaxWan && yuan(q.amountMinWan) > yuan(q.amountMaxWan)) {
          throw new AppError('VALIDATION_FAILED', {
            issues: [{ path: 'amountMaxWan', message: msg('project.amountRange') }],
          });
        }
        if (q.signedFrom && q.signedTo && q.signedFrom > q.signedTo) {
          throw new AppError('VALIDATION_FAILED', {
            issues: [{ path: 'signedTo', message: msg('project.signedRange') }],
          });
        }
        return listProjects(
          database,
          req.ctx,
          filterOf(q),
          { by: q.sort, desc: q.desc === 'true' },
          q.page,
          q.pageSize,
        );
      },
    );
    app.post(
      '/projects',
      {
        schema: { tags, summary: '登记项目', body: projectBody, response: { 201: z.object({ id: z.number().int() }) } },
      },
      async (req, reply) => reply.status(201).send(await createProject(database, req.ctx, inputOf(req.body))),
    );
    app.get(
      '/projects/:id',
      {
        schema: {
          tags,
          summary: '项目详情：阶段时间轴、佐证材料、问题、历史',
          params: z.strictObject({ id }),
          response: { 200: projectDetailSchema },
        },
      },
      async (req) => getProject(database, req.ctx, req.params.id),
    );
    app.put(
      '/projects/:id',
      {
        schema: {
          tags,
          summary: '保存项目（带版本号；版本过期答 409 并列出他人的改动）',
          params: z.strictObject({ id }),
          body: saveProjectBody,
          response: {
            200: z.object({ id: z.number().int(), version: z.number().int(), corrections: z.array(z.number().int()) }),
          },
        },
      },
      async (req) => {
        const { version, correctionReason, ...rest } = req.body;
        return saveProject(database, req.ctx, req.params.id, { ...inputOf(rest), version, correctionReason });
      },
    );
    app.post(
      '/projects/:id/evidence',
      {
        bodyLimit: MAX_EVIDENCE_BYTES,
        // A 200 MB upload is refused from its Content-Length, before a byte of it is read.
        onRequest: async (req) => {
          if (Number(req.headers['content-length'] ?? 0) > MAX_EVIDENCE_BYTES)
            throw new AppError('FILE_TOO_LARGE', { limitBytes: MAX_EVIDENCE_BYTES });
        },
        schema: {
          tags,
          summary: '上传佐证材料（文件内容为请求体，文件名在 X-File-Name，URL 编码）',
          params: z.strictObject({ id }),
          querystring: z.strictObject({ stage: z.string() }),
          response: { 201: z.object({ id: z.number().int(), sha256: z.string(), contentType: z.string() }) },
        },
      },
      async (req, reply) => {
        // No name given is refused by addEvidence with its reason ("文件名不能为空").
        const { bytes, fileName } = readUploadedFile(req, '');
        return reply
          .status(201)
          .send(await addEvidence(database, files, req.ctx, req.params.id, req.query.stage, fileName, bytes));
      },
    );
    app.get(
      '/evidence/:id',
      {
        schema: {
          tags,
          summary: '下载佐证材料（以附件方式）',
          params: z.strictObject({ id }),
          response: { 200: fileResponse('application/octet-stream', '文件（按上传时的类型）') },
        },
      },
      async (req, reply) => {
        const f = await readEvidence(database, files, req.ctx, req.params.id);
        const ascii = f.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
        return reply
          .header(
            'Content-Type',
            f.contentType === 'application/x-ole-storage' ? 'application/octet-stream' : f.contentType,
          )
          .header('Content-Disposition', attachmentHeader(ascii || 'evidence', f.fileName))
          .header('Cache-Control', 'private, no-store')
          .send(f.bytes);
      },
    );
    app.delete(
      '/evidence/:id',
      {
        schema: {
          tags,
          summary: '移除佐证材料（记录保留在历史中）',
          params: z.strictObject({ id }),
          response: { 204: noContent },
        },
      },
      async (req, reply) => {
        await removeEvidence(database, req.ctx, req.params.id);
        return reply.status(204).send();
      },
    );
    exportRoute(app, {
      path: '/exports/projects',
      tags,
      summary: '导出项目（xlsx，列同导入模板）',
      querystring: listProjectsQuery.omit({ page: true, pageSize: true, sort: true, desc: true }),
      file: { ascii: 'projects', name: 'export.projects.file' },
      run: async (ctx, query) =>
        (
          await exportProjectsFile(
            database,
            ctx,
            filterOf({ ...query, sort: 'signedOn', desc: 'true', page: 1, pageSize: 1 }),
          )
        ).file,
    });
    importRoute(app, database, {
      path: '/imports/projects',
      tags,
      summary: '导入项目（先试导入，再正式导入）',
      run: importProjects,
    });
  };
