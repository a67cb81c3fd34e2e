import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Message, msg } from '@zhaoshang/shared';
import { AppError } from '../http/errors.ts';

/** Evidence files are at most 20 MB (a scanned contract, a licence photo). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/**
 * Content-addressed file store under DATA_DIR/files: a file is kept once under its SHA-256,
 * and every read checks the bytes against it, so a file altered on disk is noticed rather
 * than served.
 */
export type FileStore = {
  put(bytes: Buffer): Promise<string>;
  get(sha256: string): Promise<Buffer>;
};

export function localFileStore(dir: string): FileStore {
  const fileOf = (sha: string) => path.join(dir, sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    async put(bytes) {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const file = fileOf(sha);
      if (!fs.existsSync(file)) {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        // Write beside and rename: a crash never leaves a half file under a valid name.
        const tmp = `${file}.${process.pid}.tmp`;
        await fs.promises.writeFile(tmp, bytes);
        await fs.promises.rename(tmp, file);
      }
      return sha;
    },
    async get(sha) {
      if (!/^[0-9a-f]{64}$/.test(sha)) throw new AppError('NOT_FOUND');
      const bytes = await fs.promises.readFile(fileOf(sha)).catch(() => {
        throw new AppError('NOT_FOUND', { sha256: sha }, msg('file.notInStore'));
      });
      if (createHash('sha256').update(bytes).digest('hex') !== sha)
        throw new AppError('FILE_CORRUPTED', { sha256: sha });
      return bytes;
    },
  };
}

const OFFICE_TYPES: Record<string, string> = {
  'word/': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'xl/': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'ppt/': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/**
 * The type of an uploaded file judged by its first bytes, never by its name: PDF, JPEG, PNG,
 * Office documents (OOXML and the older OLE formats). Anything else — an executable renamed
 * `.pdf`, a script, an archive — is null and refused.
 */
export function detectEvidenceType(bytes: Buffer): string | null {
  const starts = (sig: number[] | string) => bytes.subarray(0, sig.length).equals(Buffer.from(sig as never));
  if (starts('%PDF-')) return 'application/pdf';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-ole-storage';
  if (starts('PK\x03\x04')) {
    // An OOXML package lists [Content_Types].xml and its main part near the start of the zip.
    const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
    if (!head.includes('[Content_Types].xml')) return null;
    for (const [prefix, type] of Object.entries(OFFICE_TYPES)) if (head.includes(prefix)) return type;
  }
  return null;
}

/** A file name as given by the browser, or the reason it cannot be one (paths, control characters). */
export function checkFileName(name: string): Message | null {
  if (!name.trim()) return msg('file.nameEmpty');
  if ([...name].length > 200) return msg('file.nameTooLong');
  if (/[/\\]/.test(name) || name.includes('..')) return msg('file.namePath');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return msg('file.nameControl');
  return null;
}
