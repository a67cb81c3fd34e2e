import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Opens a file in the real LibreOffice Calc and saves it again as `format` — what a clerk's
 * round trip through a third-party spreadsheet does to our exports. npm test installs
 * LibreOffice where it is missing (scripts/test.mjs), so a missing binary is a failure here.
 * CSV is written as UTF-8 (filter option 76), as a clerk's LibreOffice saves Chinese text.
 */
export function saveWithLibreOffice(bytes: Buffer, name: string, format: 'xlsx' | 'csv'): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zs-lo-'));
  try {
    const input = path.join(dir, name);
    fs.writeFileSync(input, bytes);
    const out = path.join(dir, 'out');
    execFileSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        format === 'csv' ? 'csv:Text - txt - csv (StarCalc):44,34,76,1' : format,
        '--outdir',
        out,
        input,
      ],
      { stdio: 'pipe', timeout: 60_000 },
    );
    return fs.readFileSync(path.join(out, `${path.parse(name).name}.${format}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
