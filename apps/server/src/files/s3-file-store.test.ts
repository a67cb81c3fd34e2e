import { createHash } from 'node:crypto';
import dns from 'node:dns';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, StartupRefusal } from '../config.ts';
import { type S3Settings, s3FileStore, signatureV4, signS3Request } from './s3-file-store.ts';

/*
 * Evidence in an S3-compatible store, against a real one: s3rver, an S3 server in Node, on a
 * random local port. s3rver does not check Signature V4, so the signing is held to the example
 * AWS publishes for it. Virtual-hosted requests need a host name per bucket: s3rver reads the
 * bucket from a Host of the form <bucket>.s3.<serviceEndpoint>, and the lookup of *.s3.localtest
 * answers 127.0.0.1 here as a wildcard DNS record would in a city's network.
 */

let server: S3rver;
let dir: string;
let settings: S3Settings;
let port: number;
const lookup = dns.lookup;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-s3-'));
  server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    serviceEndpoint: 'localtest',
    configureBuckets: [{ name: 'zhaoshang-evidence', configs: [] }],
  });
  port = ((await server.run()) as AddressInfo).port;
  settings = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'zhaoshang-evidence',
    addressing: 'path',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  };
});
afterAll(async () => {
  (dns as { lookup: unknown }).lookup = lookup;
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300_000, 7), Buffer.from('\n%%EOF\n')]);
const sha = createHash('sha256').update(pdf).digest('hex');

async function fileHolds(file: string, content: Buffer) {
  for (let tries = 0; tries < 200; tries++) {
    if (fs.existsSync(file) && fs.readFileSync(file).equals(content)) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${file} never held the stored bytes`);
}

describe('evidence in an S3-compatible store', () => {
  it('stores a file once under its SHA-256 and reads it back checked', async () => {
    const store = s3FileStore(settings);
    expect(await store.put(pdf)).toBe(sha);
    expect(await store.put(pdf)).toBe(sha);
    expect((await store.get(sha)).equals(pdf)).toBe(true);
    const stored = fs.readdirSync(path.join(dir, 'zhaoshang-evidence', 'evidence', sha.slice(0, 2), sha.slice(2, 4)));
    expect(stored.filter((f) => f === `${sha}._S3rver_object`)).toHaveLength(1);
  });

  it('refuses a file changed in the store, and names a missing one', async () => {
    const store = s3FileStore(settings);
    const other = Buffer.from('%PDF-1.4 another scan');
    const otherSha = await store.put(other);
    const object = path.join(
      dir,
      'zhaoshang-evidence',
      'evidence',
      otherSha.slice(0, 2),
      otherSha.slice(2, 4),
      `${otherSha}._S3rver_object`,
    );
    // s3rver answers a PUT before its write to disk has finished: alter the object only once it is all there.
    await fileHolds(object, other);
    fs.writeFileSync(object, Buffer.from('%PDF-1.4 altered scan'));
    await expect(store.get(otherSha)).rejects.toMatchObject({ code: 'FILE_CORRUPTED' });
    await expect(store.get('0'.repeat(64))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: '文件在存储中找不到，请联系管理员',
    });
  });

  it('says so to the clerk when the store cannot be reached', async () => {
    await expect(s3FileStore({ ...settings, endpoint: 'http://127.0.0.1:9' }).get(sha)).rejects.toMatchObject({
      code: 'STORAGE_UNAVAILABLE',
      message: '文件存储服务暂时不可用，请稍后再试或联系管理员',
    });
  });

  it('signs as the Signature V4 example AWS publishes (GET Object with a Range header)', () => {
    // docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "Example: GET Object".
    expect(
      signatureV4({
        method: 'GET',
        path: '/test.txt',
        headers: {
          host: 'examplebucket.s3.amazonaws.com',
          range: 'bytes=0-9',
          'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          'x-amz-date': '20130524T000000Z',
        },
        payloadSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        amzDate: '20130524T000000Z',
        region: 'us-east-1',
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      }),
    ).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('addresses the bucket in the host name when virtual, and signs as the virtual-hosted example AWS publishes', () => {
    const example: S3Settings = {
      endpoint: 'https://s3.amazonaws.com',
      bucket: 'examplebucket',
      addressing: 'virtual',
      region: 'us-east-1',
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    };
    const emptySha = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
    const at = new Date('2013-05-24T00:00:00Z');
    const virtual = signS3Request(example, 'GET', 'test.txt', emptySha, at, { range: 'bytes=0-9' });
    expect(virtual.url.href).toBe('https://examplebucket.s3.amazonaws.com/test.txt');
    expect(virtual.headers).toEqual({
      range: 'bytes=0-9',
      'x-amz-content-sha256': emptySha,
      'x-amz-date': '20130524T000000Z',
      authorization:
        'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    });
    const pathStyle = signS3Request({ ...example, addressing: 'path' }, 'GET', 'test.txt', emptySha, at, {
      range: 'bytes=0-9',
    });
    expect(pathStyle.url.href).toBe('https://s3.amazonaws.com/examplebucket/test.txt');
    expect(pathStyle.headers.authorization).not.toContain(
      'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
    expect(() =>
      signS3Request({ ...example, endpoint: 'http://127.0.0.1:9000' }, 'GET', 'test.txt', emptySha, at),
    ).toThrow('virtual-hosted addressing needs an endpoint host name, not http://127.0.0.1:9000');
    // A port and a path prefix on the endpoint stay where they are.
    expect(
      signS3Request(
        { ...example, endpoint: 'http://oss.example:9000/s3/' },
        'HEAD',
        'evidence/ab/cd/abcd',
        emptySha,
        at,
      ).url.href,
    ).toBe('http://examplebucket.oss.example:9000/s3/evidence/ab/cd/abcd');
  });

  it('stores and reads a file with virtual-hosted requests', async () => {
    (dns as { lookup: unknown }).lookup = (host: string, options: unknown, callback: unknown) => {
      const [opts, cb] = (typeof options === 'function' ? [{}, options] : [options, callback]) as [
        { all?: boolean },
        (...a: unknown[]) => void,
      ];
      if (!host.endsWith('.s3.localtest')) return lookup(host, opts as dns.LookupOptions, cb as never);
      return opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4);
    };
    const virtual: S3Settings = { ...settings, endpoint: `http://s3.localtest:${port}`, addressing: 'virtual' };
    const scan = Buffer.from('%PDF-1.4 a scan sent virtual-hosted');
    const scanSha = createHash('sha256').update(scan).digest('hex');
    const { url } = signS3Request(
      virtual,
      'PUT',
      `evidence/${scanSha.slice(0, 2)}/${scanSha.slice(2, 4)}/${scanSha}`,
      scanSha,
    );
    expect(url.host).toBe(`zhaoshang-evidence.s3.localtest:${port}`);
    expect(url.pathname).toBe(`/evidence/${scanSha.slice(0, 2)}/${scanSha.slice(2, 4)}/${scanSha}`);

    const store = s3FileStore(virtual);
    expect(await store.put(scan)).toBe(scanSha);
    expect((await store.get(scanSha)).equals(scan)).toBe(true);
    // The bucket came from the host name: the object sits in it, not in a bucket called "evidence".
    const stored = path.join(dir, 'zhaoshang-evidence', 'evidence', scanSha.slice(0, 2), scanSha.slice(2, 4));
    expect(fs.readdirSync(stored).filter((f) => f === `${scanSha}._S3rver_object`)).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual(['zhaoshang-evidence']);
    await expect(store.get('0'.repeat(64))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('is configured all at once or not at all', () => {
    expect(loadConfig({}).s3).toBeUndefined();
    expect(
      loadConfig({
        ZS_S3_ENDPOINT: 'https://minio.example:9000',
        ZS_S3_BUCKET: 'evidence',
        ZS_S3_ACCESS_KEY_ID: 'k',
        ZS_S3_SECRET_ACCESS_KEY: 's',
      }).s3,
    ).toEqual({
      endpoint: 'https://minio.example:9000',
      bucket: 'evidence',
      addressing: 'path',
      region: 'us-east-1',
      accessKeyId: 'k',
      secretAccessKey: 's',
    });
    expect(
      loadConfig({
        ZS_S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com',
        ZS_S3_BUCKET: 'evidence',
        ZS_S3_ADDRESSING: 'virtual',
        ZS_S3_ACCESS_KEY_ID: 'k',
        ZS_S3_SECRET_ACCESS_KEY: 's',
      }).s3?.addressing,
    ).toBe('virtual');
    /** The refusal's wording in both languages. */
    const refusal = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
      } catch (e) {
        if (e instanceof StartupRefusal) return { zh: e.message, en: e.wording('en') };
        throw e;
      }
      throw new Error('accepted');
    };
    for (const endpoint of ['http://10.0.0.5:9000', 'http://[::1]:9000'])
      expect(
        refusal({
          ZS_S3_ENDPOINT: endpoint,
          ZS_S3_BUCKET: 'evidence',
          ZS_S3_ADDRESSING: 'virtual',
          ZS_S3_ACCESS_KEY_ID: 'k',
          ZS_S3_SECRET_ACCESS_KEY: 's',
        }),
      ).toEqual({
        zh: '配置有误：\n  ZS_S3_ADDRESSING=virtual 要求 ZS_S3_ENDPOINT 使用主机名（存储桶名加在主机名前），不能是 IP 地址；请改用 path',
        en: 'Invalid configuration:\n  ZS_S3_ADDRESSING=virtual needs ZS_S3_ENDPOINT by host name (the bucket goes in front of it), not an IP address; use path',
      });
    expect(refusal({ ZS_S3_ADDRESSING: 'vhost' })).toEqual({
      zh: '配置有误：\n  ZS_S3_ADDRESSING: ZS_S3_ADDRESSING must be path or virtual',
      en: 'Invalid configuration:\n  ZS_S3_ADDRESSING: ZS_S3_ADDRESSING must be path or virtual',
    });
    expect(refusal({ ZS_S3_ENDPOINT: 'https://minio.example:9000' })).toEqual({
      zh: '配置有误：\n  ZS_S3_ENDPOINT、ZS_S3_BUCKET、ZS_S3_ACCESS_KEY_ID 与 ZS_S3_SECRET_ACCESS_KEY 须同时设置；都不设置则文件保存在 DATA_DIR/files',
      en: 'Invalid configuration:\n  ZS_S3_ENDPOINT, ZS_S3_BUCKET, ZS_S3_ACCESS_KEY_ID and ZS_S3_SECRET_ACCESS_KEY go together: set all four, or none to keep files under DATA_DIR/files',
    });
  });
});
