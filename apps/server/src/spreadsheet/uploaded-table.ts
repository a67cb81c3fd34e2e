import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.ts';
import { SpreadsheetError, type Table, readTable } from './read-table.ts';

/**
 * The spreadsheet of an import request: the file itself is the body (xlsx or csv), its name in
 * X-File-Name (URI-encoded). A file that is no spreadsheet answers 400 with the clerk's reason.
 */
export async function readUploadedTable(req: FastifyRequest): Promise<{ table: Table; fileName: string; bytes: Buffer }> {
  const bytes = req.body as Buffer;
  if (!Buffer.isBuffer(bytes)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  let fileName: string;
  try {
    fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? 'upload'));
  } catch {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'fileName', message: '文件名编码无效' }] }, '文件名编码无效');
  }
  const table = await readTable(bytes, fileName).catch((e) => {
    throw e instanceof SpreadsheetError ? new AppError('VALIDATION_FAILED', { issues: [{ path: 'file', message: e.message }] }, e.message) : e;
  });
  return { table, fileName, bytes };
}
