import { msg } from '@zhaoshang/shared';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors.ts';
import { readTable, SpreadsheetError, type Table } from './read-table.ts';

/**
 * An uploaded file: the file itself is the request body, its name in X-File-Name (URI-encoded),
 * `fallbackName` when the header is missing.
 */
export function readUploadedFile(req: FastifyRequest, fallbackName: string): { bytes: Buffer; fileName: string } {
  const bytes = req.body as Buffer;
  if (!Buffer.isBuffer(bytes)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  try {
    return { bytes, fileName: decodeURIComponent(String(req.headers['x-file-name'] ?? fallbackName)) };
  } catch {
    throw new AppError(
      'VALIDATION_FAILED',
      { issues: [{ path: 'fileName', message: msg('file.nameEncoding') }] },
      msg('file.nameEncoding'),
    );
  }
}

/** The spreadsheet of an import request (xlsx or csv). A file that is no spreadsheet answers 400 with the clerk's reason. */
export async function readUploadedTable(
  req: FastifyRequest,
): Promise<{ table: Table; fileName: string; bytes: Buffer }> {
  const { bytes, fileName } = readUploadedFile(req, 'upload');
  const table = await readTable(bytes, fileName).catch((e) => {
    throw e instanceof SpreadsheetError
      ? new AppError('VALIDATION_FAILED', { issues: [{ path: 'file', message: e.problem }] }, e.problem)
      : e;
  });
  return { table, fileName, bytes };
}
