import type { Database } from '../db/client.ts';
import { listChainGaps, listUnmatchedChains } from '../modules/chains/chains.service.ts';
import { cliContext, type Out, say } from './runtime.ts';

/**
 * `chain gaps [--json]`: every segment of the map with its live numbers and gap (missing: no
 * local firm; weak: no project signed in two years); with --json one object a segment, a line each.
 */
export async function chainGapsCommand(database: Database, out: Out): Promise<number> {
  const rows = (await listChainGaps(database, cliContext('chain gaps'))).map((r) => ({
    chain: r.chain,
    segment: r.segment,
    localCompanies: r.localCompanies,
    targets: r.targets,
    openLeads: r.openLeads,
    activeFilings: r.activeFilings,
    projects: r.projects,
    gap: r.gap,
  }));
  if (out.json) {
    for (const r of rows) out.print('', r);
    return 0;
  }
  const gapWord = (g: string | null) => (g ? say(`label.chainGap.${g as 'missing' | 'weak'}`) : '');
  out.print(
    [
      say('chain.gapsHeader'),
      ...rows.map((r) =>
        [
          r.chain,
          r.segment,
          r.localCompanies,
          r.targets,
          r.openLeads,
          r.activeFilings,
          r.projects,
          gapWord(r.gap),
        ].join('\t'),
      ),
    ].join('\n'),
    rows,
  );
  return 0;
}

/** `chain unmatched [--json]`: the free-text chains of leads and projects that name no chain of the map. */
export async function chainUnmatchedCommand(database: Database, out: Out): Promise<number> {
  const rows = await listUnmatchedChains(database, cliContext('chain unmatched'));
  out.print(
    rows.length ? rows.map((r) => say('chain.unmatchedLine', { ...r })).join('\n') : say('chain.unmatchedNone'),
    rows,
  );
  return 0;
}
