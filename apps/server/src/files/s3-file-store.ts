import { createHash, createHmac } from 'node:crypto';
import { msg } from '@zhaoshang/shared';
import { AppError } from '../http/errors.ts';
import type { FileStore } from './file-store.ts';

/** Where evidence files go when a city keeps them in an S3-compatible object store. */
export type S3Settings = {
  endpoint: string;
  bucket: string;
  /**
   * `path`: endpoint/bucket/key, so a store on a private address needs no DNS name per bucket.
   * `virtual`: bucket.endpoint-host/key, for stores that refuse path-style requests (Aliyun OSS,
   * Amazon S3 for new buckets); the bucket's name must then resolve to the store.
   */
  addressing: 'path' | 'virtual';
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();

/**
 * The Authorization header of AWS Signature Version 4 (the scheme every S3-compatible store
 * accepts) for a request whose headers (lower-case names, `host` among them) are all signed.
 */
export function signatureV4(r: {
  method: string;
  path: string;
  headers: Record<string, string>;
  payloadSha256: string;
  amzDate: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}): string {
  const day = r.amzDate.slice(0, 8);
  const names = Object.keys(r.headers).sort();
  const canonical = [
    r.method,
    r.path,
    '',
    ...names.map((n) => `${n}:${r.headers[n]!.trim()}`),
    '',
    names.join(';'),
    r.payloadSha256,
  ].join('\n');
  const scope = `${day}/${r.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', r.amzDate, scope, sha256(canonical)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${r.secretAccessKey}`, day), r.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${r.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
}

/**
 * A request to the store for one object, addressed as the settings say and signed with the
 * payload's SHA-256: the store refuses a body altered on the way. `extraHeaders` (lower-case
 * names, e.g. `range`) are sent and signed too.
 */
export function signS3Request(
  s: S3Settings,
  method: 'GET' | 'PUT' | 'HEAD',
  key: string,
  payloadSha256: string,
  now = new Date(),
  extraHeaders: Record<string, string> = {},
) {
  const endpoint = new URL(s.endpoint);
  const base = endpoint.pathname.replace(/\/+$/, '');
  const objectPath = key.split('/').map(encodeURIComponent).join('/');
  if (s.addressing === 'virtual') {
    endpoint.hostname = `${s.bucket}.${endpoint.hostname}`;
    // URL ignores a host it cannot take (a label in front of an IP address) without a word.
    if (!endpoint.hostname.startsWith(`${s.bucket}.`))
      throw new Error(`virtual-hosted addressing needs an endpoint host name, not ${s.endpoint}`);
  }
  const url = new URL(
    s.addressing === 'virtual'
      ? `${endpoint.origin}${base}/${objectPath}`
      : `${endpoint.origin}${base}/${encodeURIComponent(s.bucket)}/${objectPath}`,
  );
  const amzDate = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const headers = { ...extraHeaders, 'x-amz-content-sha256': payloadSha256, 'x-amz-date': amzDate };
  const authorization = signatureV4({
    ...s,
    method,
    path: url.pathname,
    headers: { host: url.host, ...headers },
    payloadSha256,
    amzDate,
  });
  return { url, headers: { ...headers, authorization } };
}

const unavailable = (detail: string) => new AppError('STORAGE_UNAVAILABLE', { detail });

/**
 * Evidence in an S3-compatible store, content-addressed as on disk: an object is named by its
 * SHA-256 (evidence/ab/cd/<sha256>), written once, and checked against its name on every read.
 */
export function s3FileStore(s: S3Settings): FileStore {
  const keyOf = (sha: string) => `evidence/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;
  const send = async (method: 'GET' | 'PUT' | 'HEAD', sha: string, body?: Buffer) => {
    const { url, headers } = signS3Request(s, method, keyOf(sha), body ? sha : sha256(''));
    try {
      return await fetch(url, {
        method,
        headers,
        body: body ? new Uint8Array(body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      throw unavailable(`${method} ${url.host}: ${(e as Error).message}`);
    }
  };
  return {
    async put(bytes) {
      const sha = sha256(bytes);
      if ((await send('HEAD', sha)).ok) return sha;
      const res = await send('PUT', sha, bytes);
      if (!res.ok) throw unavailable(`PUT ${res.status}: ${(await res.text()).slice(0, 300)}`);
      return sha;
    },
    async get(sha) {
      if (!/^[0-9a-f]{64}$/.test(sha)) throw new AppError('NOT_FOUND');
      const res = await send('GET', sha);
      if (res.status === 404) throw new AppError('NOT_FOUND', { sha256: sha }, msg('file.notInStore'));
      if (!res.ok) throw unavailable(`GET ${res.status}: ${(await res.text()).slice(0, 300)}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (sha256(bytes) !== sha) throw new AppError('FILE_CORRUPTED', { sha256: sha });
      return bytes;
    },
  };
}
