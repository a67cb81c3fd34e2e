import { isIP } from 'node:net';
import path from 'node:path';
import { commandText, type Lang, renderMessage } from '@zhaoshang/shared';
import { z } from 'zod';
import type { S3Settings } from './files/s3-file-store.ts';
import { issueMessage } from './http/validation.ts';

/**
 * The only reader of process.env. Every variable the product understands is declared,
 * documented and validated here; nothing else looks at the environment.
 */
const envSchema = z.object({
  /** Port of the web UI and the API. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Address to listen on; 127.0.0.1 unless a reverse proxy on another host forwards to it. */
  HOST: z.string().default('127.0.0.1'),
  /** Folder of the embedded database (PGlite) and of uploaded files. */
  DATA_DIR: z.string().default('./data'),
  /** postgres://… — use a PostgreSQL server (15 or newer, UTF-8 ctype) instead of the embedded database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  /** Password of the demo city's `admin` account; generated and printed once when unset. */
  ZS_ADMIN_PASSWORD: z.string().optional(),
  /** Password of the demo city's `auditor` account; generated and printed once when unset. */
  ZS_AUDITOR_PASSWORD: z.string().optional(),
  /**
   * What the demo loads into an empty database (`serve`) or with `demo`: `full`, the living city with
   * its projects, events, chains and ledgers; `units`, only its organisation and the admin and auditor.
   */
  ZS_DEMO: z.enum(['full', 'units'], 'ZS_DEMO must be full or units').default('full'),
  /** Set to 1 behind a TLS-terminating reverse proxy: trusts X-Forwarded-* and marks cookies Secure. */
  ZS_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  /**
   * Evidence files go to an S3-compatible object store (tested against s3rver and AWS's published
   * signing examples) when this is set, e.g. https://minio.example.gov.cn:9000; otherwise under DATA_DIR/files.
   */
  ZS_S3_ENDPOINT: z.string().url('ZS_S3_ENDPOINT must be a URL such as https://minio.example:9000').optional(),
  /** The bucket evidence files go into (it must exist). */
  ZS_S3_BUCKET: z.string().min(3).optional(),
  /** The store's region name; MinIO accepts the default. */
  ZS_S3_REGION: z.string().default('us-east-1'),
  /**
   * How a request names the bucket: `path` (endpoint/bucket/key, what MinIO and most private
   * stores expect) or `virtual` (bucket.endpoint-host/key, for stores that refuse path-style,
   * such as Aliyun OSS; the bucket's host name must resolve to the store).
   */
  ZS_S3_ADDRESSING: z.enum(['path', 'virtual'], 'ZS_S3_ADDRESSING must be path or virtual').default('path'),
  /** The access key the platform signs its requests with. */
  ZS_S3_ACCESS_KEY_ID: z.string().optional(),
  /** Its secret. */
  ZS_S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Server log level (fatal, error, warn, info, debug, silent). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  auditorPassword: string | undefined;
  demo: 'full' | 'units';
  trustProxy: boolean;
  logLevel: string;
  /** The S3-compatible store for evidence files, when configured. */
  s3: S3Settings | undefined;
};

/**
 * A refusal to start (bad configuration, an unusable database): the operator reads it, in the
 * command line's language (`--lang`); its message is the Chinese wording.
 */
export class StartupRefusal extends Error {
  constructor(readonly wording: (lang: Lang) => string) {
    super(wording('zh'));
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as in a shell.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    throw new StartupRefusal((lang) => {
      const lines = parsed.error.issues.map((i) => {
        const m = issueMessage({ code: i.code, message: i.message, params: i as unknown as Record<string, unknown> });
        return `  ${i.path.join('.')}: ${typeof m === 'string' ? m : renderMessage(lang, m)}`;
      });
      return commandText(lang, 'startup.badConfig', { lines: lines.join('\n') });
    });
  }
  const e = parsed.data;
  const s3Given = [e.ZS_S3_ENDPOINT, e.ZS_S3_BUCKET, e.ZS_S3_ACCESS_KEY_ID, e.ZS_S3_SECRET_ACCESS_KEY];
  if (s3Given.some((v) => v !== undefined) && s3Given.some((v) => v === undefined)) {
    throw new StartupRefusal((lang) =>
      commandText(lang, 'startup.badConfig', { lines: `  ${commandText(lang, 'startup.s3Together')}` }),
    );
  }
  // A bucket cannot be a label of an IP address: virtual-hosted requests need a host name.
  if (
    e.ZS_S3_ENDPOINT &&
    e.ZS_S3_ADDRESSING === 'virtual' &&
    isIP(new URL(e.ZS_S3_ENDPOINT).hostname.replace(/^\[|\]$/g, ''))
  ) {
    throw new StartupRefusal((lang) =>
      commandText(lang, 'startup.badConfig', { lines: `  ${commandText(lang, 'startup.s3VirtualNeedsHost')}` }),
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.ZS_ADMIN_PASSWORD,
    auditorPassword: e.ZS_AUDITOR_PASSWORD,
    demo: e.ZS_DEMO,
    trustProxy: e.ZS_TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
    s3: e.ZS_S3_ENDPOINT
      ? {
          endpoint: e.ZS_S3_ENDPOINT,
          bucket: e.ZS_S3_BUCKET!,
          addressing: e.ZS_S3_ADDRESSING,
          region: e.ZS_S3_REGION,
          accessKeyId: e.ZS_S3_ACCESS_KEY_ID!,
          secretAccessKey: e.ZS_S3_SECRET_ACCESS_KEY!,
        }
      : undefined,
  };
}
