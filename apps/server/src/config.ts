import path from 'node:path';
import { z } from 'zod';

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
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://').optional(),
  /** Password of the demo city's `admin` account; generated and printed once when unset. */
  ZS_ADMIN_PASSWORD: z.string().optional(),
  /** Password of the demo city's `auditor` account; generated and printed once when unset. */
  ZS_AUDITOR_PASSWORD: z.string().optional(),
  /** Set to 1 behind a TLS-terminating reverse proxy: trusts X-Forwarded-* and marks cookies Secure. */
  ZS_TRUST_PROXY: z.enum(['0', '1']).default('0'),
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
  trustProxy: boolean;
  logLevel: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as in a shell.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置有误 (invalid configuration):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.ZS_ADMIN_PASSWORD,
    auditorPassword: e.ZS_AUDITOR_PASSWORD,
    trustProxy: e.ZS_TRUST_PROXY === '1',
    logLevel: e.LOG_LEVEL,
  };
}
