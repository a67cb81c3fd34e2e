import fs from 'node:fs';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { matchCompany } from '../modules/companies/companies.service.ts';
import { CliError, cliContext, type Out } from './runtime.ts';

type Result = Awaited<ReturnType<typeof matchCompany>>;

const LEVEL_LABELS = { same: '同一企业', similar: '相似企业（请人工核对）', none: '企业库中没有' } as const;

/** The contract's JSON: level, and candidates as {name, uscc, level, score}, best first. */
function contractJson(r: Result) {
  return {
    level: r.level,
    candidates: r.candidates.map(({ name, uscc, level, score }) => ({ name, uscc, level, score })),
  };
}

function human(name: string, r: Result): string {
  const lines = [`${name}：${LEVEL_LABELS[r.level]}`];
  for (const c of r.candidates)
    lines.push(`  ${c.level === 'same' ? '同一' : '相似'}  ${c.name}${c.uscc ? `（${c.uscc}）` : ''}  ${c.score}`);
  return lines.join('\n');
}

export async function matchCompanyName(
  database: Database,
  values: { name?: string; uscc?: string },
  out: Out,
): Promise<number> {
  if (!values.name?.trim()) throw new CliError('缺少参数 --name（missing --name）');
  const r = await matchCompany(database.db, cliContext('company match'), { name: values.name, uscc: values.uscc });
  out.print(human(values.name, r), contractJson(r));
  return 0;
}

/**
 * A list checked against the registry (a trade fair's guest list): one JSON object a line,
 * in order. A line with an invalid credit code gets `{"error": …}` and the command exits 1
 * after the whole list, so one typo does not hide the other answers.
 */
export async function matchCompanyFile(database: Database, file: string, out: Out): Promise<number> {
  if (!fs.existsSync(file)) throw new CliError(`找不到文件 ${file}`);
  const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  let failed = 0;
  const ctx = cliContext('company match');
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const [name = '', uscc] = line.split('\t');
    try {
      const r = await matchCompany(database.db, ctx, { name, uscc: uscc?.trim() || undefined });
      out.print(human(name, r), contractJson(r));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      failed++;
      const reason = (e.details as { issues?: { message: string }[] })?.issues?.[0]?.message ?? e.message;
      out.print(`第 ${i + 1} 行 ${name}：${reason}`, { line: i + 1, name, error: { code: e.code, message: reason } });
    }
  }
  return failed ? 1 : 0;
}
