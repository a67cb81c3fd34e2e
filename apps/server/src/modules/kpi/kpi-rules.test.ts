import { computeKpi, type GateStatus, type KpiProject, type KpiUnit, type KpiWindow } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUnit } from '../../../test/factories.ts';
import { openTestDatabase } from '../../../test/test-db.ts';
import type { Database } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import { frozenCohortSql, frozenFigureSql, type KpiFigureFilter, kpiFigureSql } from '../../db/fragments/kpi-bits.ts';
import { bulletinCohortSql, digestCohort, freezeAndTally, kpiCohortSql, tallyCohort } from './kpi.repository.ts';
import { figuresOf } from './kpi.service.ts';

/*
 * The database applies the indicator rules itself (kpi.repository.ts); the engine in
 * packages/shared/src/kpi.ts is those rules written out project by project, with its own
 * hand-computed tests. Here both run on the same 600 random projects — stages reached before,
 * on and after each window's end, expansions, projects without amount, sourcing units
 * repeated across projects, amounts past 2^53 in sum — and must agree on every figure and on
 * the projects behind it.
 */

const MAJOR = 1_000_000_000n;
let database: Database;
let hosts: number[];
let sources: number[];
let projects: KpiProject[];
let startedMajor: KpiProject;

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return {
    next,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  };
}

const day = (base: string, offset: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  database = await openTestDatabase();
  hosts = [];
  sources = [];
  for (let i = 0; i < 4; i++) hosts.push((await buildUnit(database, { kind: 'county' })).id);
  for (let i = 0; i < 3; i++) sources.push((await buildUnit(database, { kind: 'resident_bureau' })).id);
  const g = generator(20261129);
  const ids: number[] = [];
  for (let i = 0; i < 600; i++) {
    // Signed between 2019-10 and 2022-03 (or never); each later stage a little after the one before, or missing.
    const signed = g.chance(0.95) ? day('2019-10-01', Math.floor(g.next() * 900)) : null;
    const after = (d: string | null, p: number) => (d && g.chance(p) ? day(d, Math.floor(g.next() * 200) - 20) : null);
    const contracted = after(signed, 0.7);
    const registered = after(signed, 0.6);
    const ready = after(signed, 0.5);
    const started = g.chance(0.6) ? after(ready ?? signed, 0.6) : null;
    const startedOn = started && ready && started < ready ? ready : started;
    const completed = startedOn && g.chance(0.5) ? day(startedOn, Math.floor(g.next() * 150)) : null;
    const producing = completed && g.chance(0.5) ? day(completed, Math.floor(g.next() * 90)) : null;
    const yuan = g.pick([0n, 10_000n * BigInt(Math.floor(g.next() * 100_000)), 1_500_000_000n, 4_000_000_000_000_000n]);
    const expansionOf = ids.length && g.chance(0.1) ? g.pick(ids) : null;
    // Some projects wait at the quality gate or were turned back there (by index, so the random draws stay as they were).
    const gate = i % 13 === 4 ? 'pending' : i % 17 === 6 ? 'rejected' : i % 11 === 2 ? 'approved' : 'clear';
    const [row] = await queryRows<{ id: number }>(
      database.db,
      sql`insert into projects (name, host_unit_id, fits_positioning, agreed_yuan, signed_on, contracted_on, registered_on, ready_on, started_on, completed_on, producing_on, expansion_of, status, status_reason, gate_status)
          values (${`项目${i}`}, ${g.pick(hosts)}, ${g.chance(0.6)}, ${yuan.toString()}::bigint, ${signed}::date, ${contracted}::date, ${registered}::date, ${ready}::date,
            ${startedOn}::date, ${completed}::date, ${producing}::date, ${expansionOf}::int, ${g.chance(0.1) ? 'terminated' : 'active'}, '投资方撤资', ${gate})
          returning id`,
    );
    ids.push(row!.id);
    const credited = sources.filter(() => g.chance(0.4));
    if (credited.length)
      await database.db.execute(
        sql`insert into project_sources (project_id, unit_id) select ${row!.id}, unnest(${sql.param(credited)}::int[])`,
      );
  }
  // A major project signed long before the windows and started inside the first: "four new" counts its start.
  const [old] = await queryRows<{ id: number }>(
    database.db,
    sql`insert into projects (name, host_unit_id, agreed_yuan, signed_on, ready_on, started_on) values ('老重大项目', ${hosts[0]!}, 2000000000, '2015-05-01', '2021-02-01', '2021-03-01') returning id`,
  );
  projects = (
    await queryRows<Record<string, string | number | boolean | number[] | null>>(
      database.db,
      sql`select id, signed_on::text, contracted_on::text, registered_on::text, ready_on::text, started_on::text, completed_on::text, producing_on::text,
            agreed_yuan::text, fits_positioning, host_unit_id, source_unit_ids, expansion_of, gate_status from projects order by id`,
    )
  ).map((r) => ({
    id: r.id as number,
    signedOn: r.signed_on as string | null,
    contractedOn: r.contracted_on as string | null,
    registeredOn: r.registered_on as string | null,
    readyOn: r.ready_on as string | null,
    startedOn: r.started_on as string | null,
    completedOn: r.completed_on as string | null,
    producingOn: r.producing_on as string | null,
    agreedYuan: BigInt(r.agreed_yuan as string),
    fitsPositioning: r.fits_positioning as boolean,
    hostUnitId: r.host_unit_id as number,
    sourceUnitIds: r.source_unit_ids as number[],
    expansionOf: r.expansion_of as number | null,
    gateStatus: r.gate_status as GateStatus,
  }));
  startedMajor = projects.find((p) => p.id === old!.id)!;
});
afterAll(() => database.close());

const units = (): KpiUnit[] => [
  ...hosts.map((id) => ({ id, roles: ['host' as const] })),
  ...sources.map((id) => ({ id, roles: ['source' as const] })),
];

const WINDOWS: KpiWindow[] = [
  { from: '2021-01-01', to: '2021-07-31' },
  { from: '2021-03-15', to: '2021-03-15' },
  { from: '2020-02-29', to: '2021-12-31' },
];

describe('the database applies the engine’s rules', () => {
  it('has data that reaches every rule', () => {
    expect(projects).toHaveLength(601);
    expect(projects.filter((p) => p.expansionOf !== null).length).toBeGreaterThan(20);
    expect(projects.filter((p) => p.readyOn === null && p.startedOn !== null).length).toBeGreaterThan(20);
    expect(projects.reduce((s, p) => s + p.agreedYuan, 0n) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });

  for (const w of WINDOWS) {
    it(`gives the engine’s figures for ${w.from} – ${w.to}, city and every unit, with last year’s`, async () => {
      const engine = computeKpi(projects, w, units());
      const strip = ({ behind: _b, ...values }: { behind: unknown }) => values;
      const expected = {
        window: engine.window,
        lastYearWindow: engine.lastYearWindow,
        city: { ...strip(engine.city), lastYear: strip(engine.city.lastYear) },
        units: engine.units.map((u) => ({
          unitId: u.unitId,
          role: u.role,
          indicators: { ...strip(u.indicators), lastYear: strip(u.indicators.lastYear) },
        })),
      };
      expect(figuresOf(await tallyCohort(database.db, kpiCohortSql(w)), w, units())).toEqual(expected);
    });

    it(`lists the engine’s projects behind each figure for ${w.from} – ${w.to}`, async () => {
      const engine = computeKpi(projects, w, units());
      const figures = [
        'signed',
        'amount',
        'contracted',
        'registered',
        'ready',
        'readyImplied',
        'fit',
        'fitAmount',
      ] as const;
      for (const figure of figures) {
        const ids = async (f: KpiFigureFilter) =>
          (
            await queryRows<{ id: number }>(
              database.db,
              sql`select p.id from projects p where ${kpiFigureSql(f)} order by p.id`,
            )
          ).map((r) => r.id);
        expect(await ids({ ...w, figure }), figure).toEqual(engine.city.behind[figure]);
        for (const u of engine.units)
          expect(
            await ids({ ...w, figure, unitId: u.unitId, role: u.role }),
            `${figure} ${u.role} ${u.unitId}`,
          ).toEqual(u.indicators.behind[figure]);
      }
    });
  }

  it('freezes a bulletin’s projects: the tally of the frozen text is the tally of the data, and each figure lists the engine’s projects', async () => {
    const w = WINDOWS[0]!;
    const [b] = await queryRows<{ id: number }>(
      database.db,
      sql`insert into bulletins (year, month, period_from, period_to, snapshot) values (2021, 7, ${w.from}, ${w.to}, '{}') returning id`,
    );
    const { tally: frozenTally, frozen } = await freezeAndTally(database.db, b!.id, bulletinCohortSql(w, MAJOR));
    expect(await digestCohort(database.db, b!.id)).toEqual(frozen);
    const live = await tallyCohort(database.db, bulletinCohortSql(w, MAJOR));
    const stored = await tallyCohort(database.db, frozenCohortSql(b!.id));
    for (const u of units()) {
      for (const which of [0, 1] as const) {
        expect(stored(u.roles[0]!, u.id, which)).toEqual(live(u.roles[0]!, u.id, which));
        expect(frozenTally(u.roles[0]!, u.id, which)).toEqual(live(u.roles[0]!, u.id, which));
      }
    }
    expect(stored('city', 0, 0)).toEqual(live('city', 0, 0));
    expect(frozenTally('city', 0, 1)).toEqual(live('city', 0, 1));
    const engine = computeKpi(projects, w, units());
    const ids = async (bits: number, year: 'this' | 'last', unit: { id: number; role: 'host' | 'source' } | null) =>
      (
        await queryRows<{ project_id: number }>(
          database.db,
          sql`select f.project_id from (${frozenFigureSql({ bulletinId: b!.id, bits, year, unit })}) f order by 1`,
        )
      ).map((r) => r.project_id);
    expect(await ids(4, 'this', null)).toEqual(engine.city.behind.contracted);
    expect(await ids(2, 'last', null)).toEqual(engine.city.lastYear.behind.signed);
    const source = engine.units.find((u) => u.role === 'source')!;
    expect(await ids(16, 'this', { id: source.unitId, role: 'source' })).toEqual(source.indicators.behind.ready);
    // Four new: the old major project started in the window counts for its host, whenever it was signed.
    const within = (d: string | null) => d !== null && d >= w.from && d <= w.to;
    const majorStarted = projects.filter(
      (p) =>
        p.hostUnitId === hosts[0] &&
        p.agreedYuan >= MAJOR &&
        within(p.startedOn) &&
        (p.gateStatus === 'clear' || p.gateStatus === 'approved'),
    );
    expect(majorStarted.map((p) => p.id)).toContain(startedMajor.id);
    expect(live('host', hosts[0]!, 0).fourNewStarted).toBe(majorStarted.length);
  });
});
