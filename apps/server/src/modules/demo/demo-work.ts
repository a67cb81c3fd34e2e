import { addMonths, type Role, shanghaiDate, type UnitKind } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { createMeeting, raiseBlocker } from '../blockers/blockers.service.ts';
import { findBulletinOfMonth } from '../bulletins/bulletins.repository.ts';
import { draftBulletin, publishBulletin } from '../bulletins/bulletins.service.ts';
import { fileInvestor } from '../filings/filings.service.ts';
import { setMilestonePlan } from '../major-projects/major-projects.service.ts';
import { findUnitByName } from '../org/units.repository.ts';
import { findMajorThreshold } from '../projects/projects.repository.ts';
import { launchReview } from '../reviews/reviews.service.ts';
import {
  type DemoPerson,
  demoWorkDone,
  findDemoPeople,
  findOpenMajorProjects,
  findRecentLeadCompanies,
} from './demo.repository.ts';
import { DEMO_BLOCKERS, DEMO_MEETING, DEMO_REVIEW } from './demo-data.ts';
import { addDays } from './demo-projects.ts';

export type DemoWork = { bulletins: number; filings: number; conflicts: number; plans: number; blockers: number };

/**
 * The demo city's day-to-day work, done in the demo accounts' names through the same services
 * the web uses (so every rule and audit record applies): 2021's twelve monthly bulletins
 * published, filings by a county and a zone with one conflict waiting for the office, milestone
 * plans on open major projects (overdue, at risk, on track), blockers and a joint meeting on
 * them, and a look-back review. Done once; bulletins already published are left as they are.
 */
export async function doDemoWork(database: Database): Promise<DemoWork> {
  const people = new Map(
    (await findDemoPeople(database.db, ['office.demo', 'county.clerk', 'zone.clerk'])).map((p) => [p.username, p]),
  );
  const office = as(people.get('office.demo')!);
  const work: DemoWork = { bulletins: 0, filings: 0, conflicts: 0, plans: 0, blockers: 0 };
  for (let month = 1; month <= 12; month++) {
    if ((await findBulletinOfMonth(database.db, 2021, month))?.status === 'published') continue;
    const { id } = await draftBulletin(database, office, { year: 2021, month });
    const draft = await findBulletinOfMonth(database.db, 2021, month);
    await publishBulletin(database, office, id, draft!.version);
    work.bulletins++;
  }
  if (await demoWorkDone(database.db)) return work;

  const today = shanghaiDate();
  const county = people.get('county.clerk')!;
  const zone = people.get('zone.clerk')!;
  const countyLeads = await findRecentLeadCompanies(database.db, county.unit_id, 8);
  for (const l of countyLeads) {
    await fileInvestor(database, as(county), { companyId: l.company_id, chainId: l.chain_id, segmentId: l.segment_id });
    work.filings++;
  }
  for (const l of await findRecentLeadCompanies(database.db, zone.unit_id, 5)) {
    const r = await fileInvestor(database, as(zone), {
      companyId: l.company_id,
      chainId: l.chain_id,
      segmentId: l.segment_id,
    });
    work.filings++;
    if (r.outcome === 'conflict') work.conflicts++;
  }
  // The zone claims an investor the county filed first: the office decides.
  const contested = countyLeads[0];
  if (contested) {
    const r = await fileInvestor(database, as(zone), { companyId: contested.company_id });
    work.filings++;
    if (r.outcome === 'conflict') work.conflicts++;
  }

  const threshold = await findMajorThreshold(database.db);
  const majors = await findOpenMajorProjects(database.db, addMonths(today, -24), threshold, 9);
  for (const [i, p] of majors.entries()) {
    // A third overdue, a third due within 30 days (at risk), a third on track.
    const started = addDays(today, i % 3 === 0 ? -20 : i % 3 === 1 ? 25 : 120);
    // Twenty days before the start, never before the signing (ISO dates sort as text).
    const ready = [p.signed_on, addDays(started, -20)].sort()[1]!;
    await setMilestonePlan(database, office, p.id, [
      { stage: 'ready', plannedOn: ready },
      { stage: 'started', plannedOn: started },
      { stage: 'completed', plannedOn: addDays(started, 540) },
    ]);
    work.plans++;
  }
  const blockerIds: number[] = [];
  for (const [i, [category, description, unit]] of DEMO_BLOCKERS.entries()) {
    const project = majors[i];
    const responsible = await findUnitByName(database.db, unit);
    if (!project || !responsible) continue;
    const b = await raiseBlocker(database, office, project.id, {
      category,
      description,
      responsibleUnitId: responsible.id,
      dueOn: addDays(today, 10 + 7 * i),
    });
    blockerIds.push(b.id);
    work.blockers++;
  }
  if (blockerIds.length)
    await createMeeting(database, office, { title: DEMO_MEETING, heldOn: addDays(today, 7), blockerIds });
  await launchReview(database, office, {
    title: DEMO_REVIEW,
    criteria: { stages: ['signed'], idleMonths: 24 },
    dueOn: addDays(today, 14),
  });
  return work;
}

/** A request made by a demo account (no session: the demo's load is its own audit record's context). */
function as(p: DemoPerson): RequestContext {
  return {
    actor: {
      userId: p.id,
      username: p.username,
      displayName: p.display_name,
      role: p.role as Role,
      unitId: p.unit_id,
      unitName: p.unit_name,
      unitKind: p.unit_kind as UnitKind,
      sessionId: 'demo',
    },
    clientIp: null,
    requestId: null,
    lang: 'zh',
  };
}
