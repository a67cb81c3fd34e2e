import { isCalendarDate } from '@zhaoshang/shared';
import type { Database } from '../db/client.ts';
import { capitalReport } from '../modules/capital/capital.service.ts';
import { CliError, cliContext, type Out, say } from './runtime.ts';

const USAGE = 'zhaoshang capital --from YYYY-MM-DD --to YYYY-MM-DD [--json]';

const pct = (share: number | null) => (share === null ? '-' : `${(share * 100).toFixed(1)}%`);

/**
 * `capital --from --to [--json]`: capital arrived in the window's months for the city and per
 * host unit (domesticWan 万元, foreignUsdWan 万美元), the agreed investment signed to date, the
 * share arrived to date, and the same a year earlier; foreign capital used and newly signed beside.
 */
export async function capitalCommand(
  database: Database,
  from: string | undefined,
  to: string | undefined,
  out: Out,
): Promise<number> {
  if (!from || !to || !isCalendarDate(from) || !isCalendarDate(to))
    throw new CliError(say('cli.capital.missingWindow', { usage: USAGE }));
  const report = await capitalReport(database, cliContext('capital'), { from, to });
  const line = (
    f: {
      domesticWan: string;
      foreignUsdWan: string;
      agreed: string;
      share: number | null;
      lastYear: { domesticWan: string };
    },
    label: string,
  ) =>
    [
      f.domesticWan.padStart(16),
      f.foreignUsdWan.padStart(16),
      f.agreed.padStart(16),
      pct(f.share).padStart(9),
      f.lastYear.domesticWan.padStart(18),
      `  ${label}`,
    ].join(' ');
  const human = [
    say('cli.capital.title', { from, to }),
    say('cli.capital.header'),
    line(report.city, say('cli.capital.city')),
    ...report.units.map((u) => line(u, u.unit.name)),
    '',
    say('cli.capital.foreign', { used: report.foreign.usedUsdWan, signed: report.foreign.newSignedUsdWan }),
  ];
  out.print(human.join('\n'), report);
  return 0;
}
