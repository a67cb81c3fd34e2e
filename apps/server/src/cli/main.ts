import { parseArgs } from 'node:util';
import { ROLES, type Role, UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '@zhaoshang/shared';
import { type Config, loadConfig, StartupRefusal } from '../config.ts';
import { AppError, errorBody, renderDetails } from '../http/errors.ts';
import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { createUnit, findUnitIdByName, listUnits } from '../modules/org/units.service.ts';
import { createUser } from '../modules/org/users.service.ts';
import { backup, restore } from './backup.ts';
import { importCalendarFile, listCalendarCommand } from './calendar.ts';
import { capitalCommand } from './capital.ts';
import { chainGapsCommand, chainUnmatchedCommand } from './chains.ts';
import { matchCompanyFile, matchCompanyName } from './company-match.ts';
import { demoCommand } from './demo.ts';
import { eventsYieldCommand } from './events.ts';
import { filingCheckCommand } from './filing.ts';
import { exportLedger, exportProjects, importFile, type LedgerKind } from './import.ts';
import { kpiCommand } from './kpi.ts';
import {
  CliError,
  cliContext,
  cliLanguage,
  type Out,
  openRuntime,
  type Runtime,
  say,
  setCliLanguage,
} from './runtime.ts';
import { serve } from './serve.ts';

const usage = () => say('cli.usage', { kinds: UNIT_KINDS.join(', '), roles: ROLES.join(', ') });

async function withRuntime<T>(config: Config, what: string, fn: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(config, what);
  try {
    return await fn(rt);
  } finally {
    await rt.release();
  }
}

function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || !v.trim()) throw new CliError(`${say('cli.missingOption', { name })}\n\n${usage()}`);
  return v.trim();
}

async function run(argv: string[], config: Config, out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      name: { type: 'string' },
      kind: { type: 'string' },
      parent: { type: 'string' },
      'division-code': { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'display-name': { type: 'string' },
      uscc: { type: 'string' },
      file: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      year: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub] = positionals;
  const key = [command, sub].filter(Boolean).join(' ');
  if (values.help || !command) {
    console.log(usage());
    return command || values.help ? 0 : 1;
  }
  switch (
    ['unit', 'user', 'audit', 'company', 'import', 'export', 'calendar', 'events', 'chain', 'filing'].includes(command)
      ? key
      : command
  ) {
    case 'serve':
      return serve(config);
    case 'migrate':
      await withRuntime(config, 'migrate', async () => {});
      out.print(say('cli.migrated'), { ok: true });
      return 0;
    case 'demo':
      return withRuntime(config, 'demo', (rt) => demoCommand(rt.database, config, values.force ?? false, out));
    case 'unit add': {
      const kind = required(values, 'kind');
      if (!UNIT_KINDS.includes(kind as UnitKind))
        throw new CliError(say('cli.badUnitKind', { kind, kinds: UNIT_KINDS.join(', ') }));
      const unit = await withRuntime(config, 'unit add', async (rt) => {
        const parentId = values.parent ? await findUnitIdByName(rt.database, values.parent) : null;
        return createUnit(rt.database, cliContext('unit add'), {
          name: required(values, 'name'),
          kind: kind as UnitKind,
          parentId,
          divisionCode: values['division-code'] ?? null,
        });
      });
      out.print(
        say('cli.unitAdded', { name: unit.name, kind: UNIT_KIND_LABELS[unit.kind][cliLanguage()], id: unit.id }),
        unit,
      );
      return 0;
    }
    case 'unit list': {
      const units = await withRuntime(config, 'unit list', (rt) =>
        listUnits(rt.database, cliContext('unit list'), true),
      );
      const byId = new Map(units.map((u) => [u.id, u.name]));
      out.print(
        units
          .map(
            (u) =>
              `${u.id}\t${u.name}\t${u.kind}\t${u.parentId ? byId.get(u.parentId) : '-'}${u.active ? '' : `\t${say('cli.unitInactive')}`}`,
          )
          .join('\n') || say('cli.noUnits'),
        units.map((u) => ({ ...u, parent: u.parentId ? (byId.get(u.parentId) ?? null) : null })),
      );
      return 0;
    }
    case 'user add': {
      const role = required(values, 'role');
      if (!ROLES.includes(role as Role)) throw new CliError(say('cli.badRole', { role, roles: ROLES.join(', ') }));
      const username = required(values, 'username');
      const user = await withRuntime(config, 'user add', async (rt) =>
        createUser(rt.database, cliContext('user add'), {
          username,
          displayName: values['display-name'] ?? username,
          password: required(values, 'password'),
          role: role as Role,
          unitId: await findUnitIdByName(rt.database, required(values, 'unit')),
          mustChangePassword: false,
        }),
      );
      out.print(say('cli.userAdded', { username: user.username, role: user.role, unit: user.unit.name }), user);
      return 0;
    }
    case 'company match':
      return withRuntime(config, 'company match', (rt) =>
        values.file ? matchCompanyFile(rt.database, values.file, out) : matchCompanyName(rt.database, values, out),
      );
    case 'import companies':
    case 'import leads':
    case 'import projects':
    case 'import events':
    case 'import chains':
    case 'import targets':
    case 'import carriers':
    case 'import iur':
    case 'import capital':
    case 'import catalogue':
    case 'import sites': {
      const kind = sub as
        | 'companies'
        | 'leads'
        | 'projects'
        | 'events'
        | 'chains'
        | 'targets'
        | 'carriers'
        | 'iur'
        | 'capital'
        | 'catalogue'
        | 'sites';
      return withRuntime(config, key, (rt) =>
        importFile(rt.database, kind, positionals[2], values['dry-run'] ?? false, out),
      );
    }
    case 'calendar import':
      return withRuntime(config, key, (rt) =>
        importCalendarFile(rt.database, positionals[2], values['dry-run'] ?? false, out),
      );
    case 'calendar list':
      return withRuntime(config, key, (rt) => listCalendarCommand(rt.database, values.year, out));
    case 'events yield':
      return withRuntime(config, key, (rt) => eventsYieldCommand(rt.database, values.from, values.to, out));
    case 'chain gaps':
      return withRuntime(config, key, (rt) => chainGapsCommand(rt.database, out));
    case 'chain unmatched':
      return withRuntime(config, key, (rt) => chainUnmatchedCommand(rt.database, out));
    case 'filing check':
      return withRuntime(config, key, (rt) => filingCheckCommand(rt.database, out));
    case 'kpi':
      return withRuntime(config, 'kpi', (rt) => kpiCommand(rt.database, values.from, values.to, out));
    case 'export projects':
      return withRuntime(config, key, (rt) => exportProjects(rt.database, positionals[2], out));
    case 'export carriers':
    case 'export iur':
    case 'export capital':
    case 'export catalogue':
    case 'export sites':
      return withRuntime(config, key, (rt) => exportLedger(rt.database, sub as LedgerKind, positionals[2], out));
    case 'capital':
      return withRuntime(config, 'capital', (rt) => capitalCommand(rt.database, values.from, values.to, out));
    case 'audit verify': {
      const result = await withRuntime(config, 'audit verify', (rt) => verifyAuditChain(rt.database));
      if (result.ok) out.print(say('cli.auditIntact', { count: result.checked }), result);
      else
        out.print(
          say('cli.auditBroken', {
            id: result.firstBroken!.id,
            reason: result.firstBroken!.reason,
            count: result.checked,
          }),
          result,
        );
      return result.ok ? 0 : 1;
    }
    case 'backup':
    case 'restore': {
      const file = sub;
      if (!file) throw new CliError(`${say('cli.missingFile')}\n\n${usage()}`);
      const summary = command === 'backup' ? await backup(config, file) : await restore(config, file);
      out.print(summary, { ok: true, file });
      return 0;
    }
    default:
      throw new CliError(`${say('cli.unknownCommand', { command: key })}\n\n${usage()}`);
  }
}

/** Runs one command; returns the exit code: 0 success, 1 a user error (nothing changed). */
export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const out: Out = {
    json,
    print: (human, data) => console.log(json ? JSON.stringify(data) : human),
  };
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const lang = langAt < 0 ? '' : argv[langAt]!.includes('=') ? argv[langAt]!.split('=')[1] : argv[langAt + 1];
  setCliLanguage(lang?.toLowerCase().startsWith('en') ? 'en' : 'zh');
  try {
    return await run(argv, loadConfig(), out);
  } catch (e) {
    if (
      e instanceof CliError ||
      e instanceof AppError ||
      (e as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      const lang = cliLanguage();
      const details = e instanceof AppError && e.details ? `\n${JSON.stringify(renderDetails(e.details, lang))}` : '';
      const message =
        e instanceof AppError ? errorBody(e.code, lang, undefined, e.customMessage).message : (e as Error).message;
      console.error(say('cli.error', { message: `${message}${details}` }));
      return 1;
    }
    if (e instanceof StartupRefusal) {
      console.error(say('cli.error', { message: e.wording(cliLanguage()) }));
      return 1;
    }
    // The database server refused: its own words (the driver's), as the operator would search them.
    if (e instanceof Error && /ECONNREFUSED|password authentication|does not exist/.test(e.message)) {
      console.error(say('cli.error', { message: e.message }));
      return 1;
    }
    console.error(e);
    return 2;
  }
}
