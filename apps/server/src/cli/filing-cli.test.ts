import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createScratchDatabase } from '../../test/test-db.ts';
import { main } from './main.ts';

async function zs(...argv: string[]) {
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

let dataDir: string;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-cli-filing-'));
  scratch = await createScratchDatabase();
  process.env.DATA_DIR = dataDir;
  if (scratch) process.env.DATABASE_URL = scratch.url;
  else delete process.env.DATABASE_URL;
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await scratch?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('zhaoshang filing check', () => {
  it('finds no company group with two holder sets on a fresh database (exit 0), in JSON and in words', async () => {
    expect((await zs('migrate')).code).toBe(0);
    const json = await zs('filing', 'check', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ ok: true, groups: [] });
    expect((await zs('filing', 'check')).out).toBe('报备检查通过：每个企业集团至多一组有效报备单位');
    expect((await zs('filing', 'check', '--lang', 'en')).out).toBe(
      'Filing check passed: every company group has at most one active holder set',
    );
  }, 180_000);
});
