import type { Database } from '../db/client.ts';
import { checkHolderSets } from '../modules/filings/holder-sets.ts';
import { type Out, say } from './runtime.ts';

/**
 * `filing check [--json]`: every company group with more than one active holder set (one
 * filing or one joint set holds a group); expected none. Exit 1 when there is any.
 */
export async function filingCheckCommand(database: Database, out: Out): Promise<number> {
  const result = await checkHolderSets(database.db);
  const human = result.ok
    ? say('cli.filingCheck.ok')
    : [
        say('cli.filingCheck.clashes', { count: result.groups.length }),
        ...result.groups.map((g) =>
          say('cli.filingCheck.group', {
            id: g.groupCompanyId,
            name: g.groupName,
            sets: g.holderSets,
            filings: g.filingIds.join(', '),
          }),
        ),
      ].join('\n');
  out.print(human, result);
  return result.ok ? 0 : 1;
}
