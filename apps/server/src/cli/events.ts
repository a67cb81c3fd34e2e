import { isCalendarDate } from '@zhaoshang/shared';
import type { Database } from '../db/client.ts';
import { eventYield } from '../modules/events/events.service.ts';
import { CliError, cliContext, type Out, say } from './runtime.ts';

const USAGE = 'zhaoshang events yield --from YYYY-MM-DD --to YYYY-MM-DD [--json]';

/**
 * `events yield --from --to [--json]`: for the events started in the window, guests → leads →
 * filings → signed projects → agreed investment (万元) and foreign investment (万美元), as they
 * stood on `to`; per event, then per campaign.
 */
export async function eventsYieldCommand(
  database: Database,
  from: string | undefined,
  to: string | undefined,
  out: Out,
): Promise<number> {
  if (!from || !to || !isCalendarDate(from) || !isCalendarDate(to))
    throw new CliError(say('cli.events.missingWindow', { usage: USAGE }));
  const report = await eventYield(database, cliContext('events yield'), { from, to });
  const line = (
    y: { guests: number; leads: number; filings: number; signed: number; amountWan: string },
    label: string,
  ) =>
    [
      String(y.guests).padStart(6),
      String(y.leads).padStart(6),
      String(y.filings).padStart(6),
      String(y.signed).padStart(6),
      y.amountWan.padStart(18),
      `  ${label}`,
    ].join(' ');
  const human = report.events.length
    ? [
        say('cli.events.title', { from, to }),
        say('cli.events.header'),
        ...report.events.map((e) => line(e, `${e.startsOn} ${e.name}`)),
        '',
        say('cli.events.campaigns'),
        ...report.campaigns.map((c) => line(c, c.name ?? say('cli.events.noCampaign'))),
      ]
    : [say('cli.events.none')];
  out.print(human.join('\n'), report);
  return 0;
}
