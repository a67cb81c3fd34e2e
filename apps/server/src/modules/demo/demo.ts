import { shanghaiDate } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { FileStore } from '../../files/file-store.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ColumnSpec, type Table, tableOf } from '../../spreadsheet/read-table.ts';
import type { ImportReport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadDemoCatalogue } from '../catalogue/catalogue-demo.ts';
import { loadChainsDemo } from '../chains/chains-demo.ts';
import { COMPANY_COLUMNS, importCompanies } from '../companies/companies-import.ts';
import { loadDemoEvents } from '../events/events-demo.ts';
import { FOREIGN_CAPITAL_COLUMNS, importForeignCapital } from '../foreign-capital/foreign-capital-import.ts';
import { loadDemoLedgers } from '../innovation/ledgers-demo.ts';
import { importLeads, LEAD_COLUMNS } from '../leads/leads-import.ts';
import { DEMO_CITY, type DemoResult, loadDemoCity } from '../org/demo-city.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { importProjects, PROJECT_COLUMNS } from '../projects/projects-import.ts';
import { upsertTargets } from '../schemes/schemes.repository.ts';
import { countWork, insertDemoEvidence, isDemoCity, settleDemoWork } from './demo.repository.ts';
import { DEMO_EVIDENCE_FILES, DEMO_PEOPLE, DROP_REASON } from './demo-data.ts';
import { type DemoPlan, planDemoCity } from './demo-projects.ts';
import { type DemoWork, doDemoWork } from './demo-work.ts';

export type DemoScope = 'full' | 'units';

/** What a database holds, as far as the demo is concerned: nothing yet, the demo city, or a city's real work. */
export async function demoState(database: Database): Promise<'empty' | 'demo' | 'real'> {
  if (await isDemoCity(database.db)) return 'demo';
  return (await countWork(database.db)) === 0 ? 'empty' : 'real';
}

export type DemoLoad = DemoResult & {
  scope: DemoScope;
  companies: number;
  leads: number;
  projects: number;
  /** Evidence records the demo attached to the assessed stages. */
  evidence: number;
  foreignCapitalMonths: number;
  chains: number;
  events: number;
  carriers: number;
  agreements: number;
  catalogueEntries: number;
  sites: number;
  work: DemoWork | null;
};

/**
 * Loads the demo city 澜江市. `units`: its organisation and the admin and auditor accounts only.
 * `full`: the living city besides — accounts for every role, the chain map, investors and 2019 to
 * today's projects (the seed's 2021 figures exactly: demo-projects.ts), foreign capital and
 * targets, events and campaigns, carriers, cooperation agreements, capital arrived, the catalogue
 * and sites. Every part goes through the same imports and rules a clerk's file does, and each is
 * idempotent: loading again adds nothing. The caller decides whether the database may take it
 * (demoState): a demo never goes into a city's real work.
 */
export async function loadDemo(
  database: Database,
  ctx: RequestContext,
  passwords: { admin?: string; auditor?: string },
  scope: DemoScope,
  files: FileStore,
): Promise<DemoLoad> {
  const city = await loadDemoCity(database, ctx, passwords, scope === 'full' ? DEMO_PEOPLE : []);
  const none = { companies: 0, leads: 0, projects: 0, evidence: 0, foreignCapitalMonths: 0, chains: 0, events: 0 };
  if (scope === 'units')
    return { ...city, scope, ...none, carriers: 0, agreements: 0, catalogueEntries: 0, sites: 0, work: null };

  const chains = await loadChainsDemo(database, ctx);
  const plan = planDemoCity(shanghaiDate());
  await run(importCompanies, database, ctx, companiesTable(plan));
  await run(importProjects, database, ctx, projectsTable(plan));
  await run(importLeads, database, ctx, leadsTable(plan));
  await run(importForeignCapital, database, ctx, foreignCapitalTable(plan));
  await saveTargets(database, ctx, plan);
  const events = await loadDemoEvents(database, ctx, demoYears(), true);
  await database.db.transaction((tx) => settleDemoWork(tx, shanghaiDate(), DROP_REASON));
  const evidence = await attachDemoEvidence(database, ctx, files);
  const ledgers = await loadDemoLedgers(database, ctx, true);
  const catalogue = await loadDemoCatalogue(database, ctx);
  const work = await doDemoWork(database);
  const load: DemoLoad = {
    ...city,
    scope,
    companies: demoCompanies(plan).size,
    leads: plan.leads.length,
    projects: plan.projects.length,
    evidence,
    foreignCapitalMonths: plan.foreignCapital.length,
    chains: chains.chains,
    events: events.events,
    carriers: ledgers.carriers,
    agreements: ledgers.agreements,
    catalogueEntries: catalogue.entries,
    sites: catalogue.sites,
    work,
  };
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'demo.city',
      entityType: 'organisation',
      after: { city: DEMO_CITY, ...load, accounts: city.accounts.map((a) => a.username) },
    }),
  );
  return load;
}

/**
 * The scans behind the assessed stages, as the clerks upload them: a sample PDF per stage (stored
 * once) on every project that reached it, except one in 40, which the data-quality page then lists.
 */
async function attachDemoEvidence(database: Database, ctx: RequestContext, files: FileStore): Promise<number> {
  let added = 0;
  for (const [stage, fileName] of Object.entries(DEMO_EVIDENCE_FILES)) {
    const bytes = samplePdf(`Lanjiang demo city: sample evidence of the ${stage} stage`);
    const sha256 = await files.put(bytes);
    added += await database.db.transaction(async (tx) => {
      const rows = await insertDemoEvidence(tx, stage, { fileName, sizeBytes: bytes.length, sha256 }, 40);
      await recordAudit(tx, ctx, { action: 'demo.evidence', entityType: 'project', after: { stage, rows, sha256 } });
      return rows;
    });
  }
  return added;
}

/** A one-page PDF with one line of text: what a sample scan needs to open in any reader. */
function samplePdf(line: string): Buffer {
  const stream = `BT /F1 14 Tf 60 760 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The years the demo's events run in: 2019 to this one. */
function demoYears(): number[] {
  const thisYear = Number(shanghaiDate().slice(0, 4));
  return Array.from({ length: thisYear - 2018 }, (_, i) => 2019 + i);
}

type Importer = (
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: { dryRun: boolean; fileName: string },
) => Promise<ImportReport>;

/** One of the city's files through its import; a demo row the import refuses is a defect of the generator. */
async function run(importer: Importer, database: Database, ctx: RequestContext, table: Table) {
  const report = await importer(database, ctx, table, { dryRun: false, fileName: 'demo' });
  if (report.errors.length) throw new AppError('INTERNAL', { errors: report.errors.slice(0, 5) });
  return report;
}

/** Rows written by column key, in the import's own columns (contract.md). */
function sheet<K extends string>(columns: ColumnSpec<K>[], rows: Partial<Record<K, string>>[]): Table {
  return tableOf(
    columns.map((c) => c.zh),
    rows.map((r) => columns.map((c) => r[c.key] ?? '')),
  );
}

function companiesTable(plan: DemoPlan): Table {
  return sheet(COMPANY_COLUMNS, [...demoCompanies(plan).values()]);
}

function demoCompanies(plan: DemoPlan) {
  return new Map(
    [...plan.projects.map((p) => p.investor), ...plan.leads.map((l) => l.company)].map((c) => [c.name, c]),
  );
}

function leadsTable(plan: DemoPlan): Table {
  return sheet(
    LEAD_COLUMNS,
    plan.leads.map((l) => ({
      name: l.company.name,
      uscc: l.company.uscc,
      unit: l.unit,
      chain: l.chain,
      amount: String(l.amountWan),
      source: l.source,
      date: l.date,
    })),
  );
}

function projectsTable(plan: DemoPlan): Table {
  return sheet(
    PROJECT_COLUMNS,
    plan.projects.map((p) => ({
      name: p.name,
      investor: p.investor.name,
      uscc: p.investor.uscc,
      sources: p.sources.join(';'),
      host: p.host,
      chain: p.chain,
      fits: p.fits ? 'y' : 'n',
      agreed: String(p.agreedWan),
      foreign: p.foreignUsdWan === null ? '' : String(p.foreignUsdWan),
      investorType: p.investor.investorType,
      ...Object.fromEntries(Object.entries(p.stages).map(([k, d]) => [k, d ?? ''])),
      status: p.status,
    })),
  );
}

function foreignCapitalTable(plan: DemoPlan): Table {
  return sheet(
    FOREIGN_CAPITAL_COLUMNS,
    plan.foreignCapital.map((f) => ({
      unit: f.unit,
      year: String(f.year),
      month: String(f.month),
      used: String(f.usedUsdWan),
    })),
  );
}

async function saveTargets(database: Database, ctx: RequestContext, plan: DemoPlan) {
  const ids = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const years = [...new Set(plan.targets.map((t) => t.year))];
  await database.db.transaction(async (tx) => {
    for (const year of years) {
      const rows = plan.targets
        .filter((t) => t.year === year)
        .map((t) => ({
          unitId: ids.get(t.unit)!,
          signedCount: t.signedCount,
          signedAmountWan: String(t.signedAmountWan),
          leads: 20,
          events: 4,
          foreignUsdWan: String(t.foreignUsdWan),
        }));
      await upsertTargets(tx, year, rows);
      await recordAudit(tx, ctx, {
        action: 'targets.save',
        entityType: 'targets',
        entityId: year,
        after: { units: rows.length },
      });
    }
  });
}
