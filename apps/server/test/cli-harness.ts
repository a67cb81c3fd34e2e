import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import { main } from '../src/cli/main.ts';
import { openDatabase } from '../src/db/client.ts';
import { createScratchDatabase } from './test-db.ts';

/** Runs one command in-process, as `npx zhaoshang …` would, and captures what it prints. */
export async function zs(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await main(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

export type CliEnvironment = {
  /** The commands' DATA_DIR (files written by a test go here too). */
  dataDir: string;
  /** The scratch PostgreSQL database when the suite runs on one, else null (PGlite in DATA_DIR). */
  databaseUrl: string | null;
};

/**
 * A test file's commands on their own DATA_DIR and database: a scratch PostgreSQL database when
 * ZS_TEST_DATABASE_URL is set, else the embedded one. The demo loads its organisation only
 * (demo.test.ts loads the living city). The environment is put back afterwards.
 */
export function useCliEnvironment(name: string): CliEnvironment {
  const env: CliEnvironment = { dataDir: '', databaseUrl: null };
  const saved = {
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URL: process.env.DATABASE_URL,
    ZS_DEMO: process.env.ZS_DEMO,
  };
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  beforeAll(async () => {
    env.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `zs-cli-${name}-`));
    scratch = await createScratchDatabase();
    env.databaseUrl = scratch?.url ?? null;
    process.env.DATA_DIR = env.dataDir;
    process.env.ZS_DEMO = 'units';
    if (scratch) process.env.DATABASE_URL = scratch.url;
    else delete process.env.DATABASE_URL;
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await scratch?.drop();
    fs.rmSync(env.dataDir, { recursive: true, force: true });
  });
  return env;
}

/** The database the commands use, opened by the test itself (to look at what a command wrote). */
export function openCliDatabase(env: CliEnvironment) {
  return env.databaseUrl
    ? openDatabase({ databaseUrl: env.databaseUrl })
    : openDatabase({ pgliteDir: path.join(env.dataDir, 'pgdata') });
}
