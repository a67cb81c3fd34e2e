import type { Database } from '../db/client.ts';
import { computeWindowKpi, kpiContractJson } from '../modules/kpi/kpi.service.ts';
import { loadSchemes } from '../modules/schemes/schemes.service.ts';
import { CliError, cliContext, type Out, say } from './runtime.ts';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);

/** `kpi --from --to [--json]`: the indicators of contract.md, for the city and every credited unit. */
export async function kpiCommand(
  database: Database,
  from: string | undefined,
  to: string | undefined,
  out: Out,
): Promise<number> {
  if (!from || !to)
    throw new CliError(
      say('cli.missingKpiWindow', { usage: 'zhaoshang kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]' }),
    );
  const w = { from, to };
  const { result, units } = await computeWindowKpi(database, cliContext('kpi'), w);
  const { set } = await loadSchemes(database, Number(to.slice(0, 4)));
  const json = kpiContractJson(w, result, units, set);
  const line = (label: string, v: (typeof json)['city']) =>
    [
      String(v.signedCount).padStart(6),
      String(v.signedAmountWan).padStart(16),
      ...[v.contractRate, v.registrationRate, v.readyRate, v.fitShareCount, v.fitShareAmount].map((r) =>
        pct(r).padStart(9),
      ),
      `  ${label}`,
    ].join(' ');
  const human = [
    say('cli.kpi.title', { from, to }),
    say('cli.kpi.header'),
    line(say('cli.kpi.city'), json.city),
    ...json.units.map((u) =>
      line(say('cli.kpi.unit', { unit: u.unit, role: say(u.role === 'host' ? 'cli.kpi.host' : 'cli.kpi.source') }), u),
    ),
    say('cli.kpi.lastYear', {
      from: result.lastYearWindow.from,
      to: result.lastYearWindow.to,
      count: json.city.lastYear.signedCount,
      contract: pct(json.city.lastYear.contractRate),
      registration: pct(json.city.lastYear.registrationRate),
      ready: pct(json.city.lastYear.readyRate),
    }),
  ];
  out.print(human.join('\n'), json);
  return 0;
}
