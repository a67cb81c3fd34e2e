import fs from 'node:fs';
import type { Database } from '../db/client.ts';
import { AppError } from '../http/errors.ts';
import { matchCompany } from '../modules/companies/companies.service.ts';
import { CliError, cliContext, cliLanguage, type Out, say } from './runtime.ts';

type Result = Awaited<ReturnType<typeof matchCompany>>;

/** The contract's JSON: level, and candidates as {name, uscc, level, score}, best first. */
function contractJson(r: Result) {
  return {
    level: r.level,
    candidates: r.candidates.map(({ name, uscc, level, score }) => ({ name, uscc, level, score })),
  };
}

function human(name: string, r: Result): string {
  const lines = [say('cli.match.answer', { name, level: say(`cli.match.${r.level}`) })];
  for (const c of r.candidates) {
    const level = say(c.level === 'same' ? 'cli.match.candidateSame' : 'cli.match.candidateSimilar');
    const code = c.uscc ? (cliLanguage() === 'zh' ? `（${c.uscc}）` : ` (${c.uscc})`) : '';
    lines.push(`  ${level}  ${c.name}${code}  ${c.score}`);
  }
  return lines.join('\n');
}

export async function matchCompanyName(
  database: Database,
  values: { name?: string; uscc?: string },
  out: Out,
): Promise<number> {
  if (!values.name?.trim()) throw new CliError(say('cli.missingOption', { name: 'name' }));
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
  if (!fs.existsSync(file)) throw new CliError(say('cli.fileNotFound', { file }));
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
      out.print(say('cli.match.lineError', { line: i + 1, name, reason }), {
        line: i + 1,
        name,
        error: { code: e.code, message: reason },
      });
    }
  }
  return failed ? 1 : 0;
}
