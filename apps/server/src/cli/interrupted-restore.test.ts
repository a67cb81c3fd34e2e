import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../config.ts';
import { acquireDataDirLock } from './runtime.ts';

/**
 * A restore of the embedded database killed mid-way (between its two directory renames, or
 * before the swap) leaves the data as it was before the restore once the data directory is next
 * opened: the old database is never replaced by an empty one.
 */
let dataDir: string;
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function layout(dirs: Record<string, string>) {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-interrupted-'));
  for (const [dir, marker] of Object.entries(dirs)) {
    fs.mkdirSync(path.join(dataDir, dir));
    fs.writeFileSync(path.join(dataDir, dir, 'marker'), marker);
  }
  return { dataDir } as Config;
}
const entries = () =>
  fs
    .readdirSync(dataDir)
    .filter((f) => f !== '.lock' && !f.endsWith('.lock'))
    .sort();
const marker = () => fs.readFileSync(path.join(dataDir, 'pgdata', 'marker'), 'utf8');

describe('a restore killed mid-way', () => {
  it('between the two renames: the old data is put back', () => {
    const config = layout({ 'pgdata.before-restore': 'old', 'pgdata.restoring': 'new' });
    acquireDataDirLock(config, 'serve')();
    expect(entries()).toEqual(['pgdata']);
    expect(marker()).toBe('old');
  });

  it('before the swap: the half-built copy is removed, the data kept', () => {
    const config = layout({ pgdata: 'old', 'pgdata.restoring': 'half' });
    acquireDataDirLock(config, 'serve')();
    expect(entries()).toEqual(['pgdata']);
    expect(marker()).toBe('old');
  });

  it('after the swap: the restored data stays, the old copy is removed', () => {
    const config = layout({ pgdata: 'new', 'pgdata.before-restore': 'old' });
    acquireDataDirLock(config, 'serve')();
    expect(entries()).toEqual(['pgdata']);
    expect(marker()).toBe('new');
  });
});
