import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';

/** Active projects at the given furthest stages whose stages have not changed since the date. */
export async function findReviewCandidates(db: Tx, stages: string[], idleSince: string) {
  return queryRows<{ id: number; host_unit_id: number }>(
    db,
    sql`select id, host_unit_id from projects where status <> 'terminated' and stage = any(${sql.param(stages)}::text[]) and stage_changed_on <= ${idleSince}::date order by id`,
  );
}

export async function insertCampaign(
  db: Tx,
  c: { title: string; criteria: unknown; dueOn: string; createdBy: number },
  projects: { id: number; host_unit_id: number }[],
): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`insert into review_campaigns (title, criteria, due_on, created_by) values (${c.title}, ${JSON.stringify(c.criteria)}::jsonb, ${c.dueOn}::date, ${c.createdBy}) returning id`,
  );
  await db.execute(sql`insert into review_items (campaign_id, project_id, unit_id)
    select ${row!.id}, * from unnest(${sql.param(projects.map((p) => p.id))}::int[], ${sql.param(projects.map((p) => p.host_unit_id))}::int[])`);
  return row!.id;
}

export type CampaignRow = {
  id: number;
  title: string;
  criteria: unknown;
  due_on: string;
  status: string;
  created_at: string;
  closed_at: string | null;
  total: number;
  answered: number;
};

/** Campaigns with their answered/total counts: the whole city's, or one unit's own. */
const campaignSelect = (unitId?: number) => {
  const mine = unitId === undefined ? sql`` : sql`and i.unit_id = ${unitId}`;
  return sql`select c.id, c.title, c.criteria, c.due_on::text as due_on, c.status, c.created_at::text as created_at, c.closed_at::text as closed_at,
    (select count(*)::int from review_items i where i.campaign_id = c.id ${mine}) as total,
    (select count(*)::int from review_items i where i.campaign_id = c.id and i.answer is not null ${mine}) as answered
  from review_campaigns c`;
};

export async function findCampaigns(db: Tx, scopeUnitId?: number): Promise<CampaignRow[]> {
  const scope =
    scopeUnitId === undefined
      ? sql`true`
      : sql`exists (select 1 from review_items i where i.campaign_id = c.id and i.unit_id = ${scopeUnitId})`;
  return queryRows<CampaignRow>(db, sql`${campaignSelect(scopeUnitId)} where ${scope} order by c.id desc`);
}

export async function findCampaign(db: Tx, id: number): Promise<CampaignRow | undefined> {
  const [row] = await queryRows<CampaignRow>(db, sql`${campaignSelect()} where c.id = ${id}`);
  return row;
}

export async function findCampaignItems(db: Tx, campaignId: number, scopeUnitId?: number, projectId?: number) {
  return queryRows<{
    project_id: number;
    project_name: string;
    stage: string;
    stage_changed_on: string;
    unit_id: number;
    unit_name: string;
    answer: string | null;
    progress: string | null;
    problems: string | null;
    next_step: string | null;
    answered_at: string | null;
    answered_by_name: string | null;
  }>(
    db,
    sql`select i.project_id, p.name as project_name, p.stage, p.stage_changed_on::text as stage_changed_on, i.unit_id, u.name as unit_name,
          i.answer, i.progress, i.problems, i.next_step, i.answered_at::text as answered_at, au.display_name as answered_by_name
        from review_items i join projects p on p.id = i.project_id join units u on u.id = i.unit_id left join users au on au.id = i.answered_by
        where i.campaign_id = ${campaignId}
          ${scopeUnitId === undefined ? sql`` : sql`and i.unit_id = ${scopeUnitId}`}
          ${projectId === undefined ? sql`` : sql`and i.project_id = ${projectId}`}
        order by u.name, p.name, i.project_id`,
  );
}

export async function answerReviewItem(
  db: Tx,
  campaignId: number,
  projectId: number,
  a: { answer: string; progress: string; problems: string | null; nextStep: string | null; userId: number },
) {
  await db.execute(sql`update review_items set answer = ${a.answer}, progress = ${a.progress}, problems = ${a.problems}, next_step = ${a.nextStep},
    answered_by = ${a.userId}, answered_at = now() where campaign_id = ${campaignId} and project_id = ${projectId}`);
}

export async function setCampaignClosed(db: Tx, id: number) {
  await db.execute(sql`update review_campaigns set status = 'closed', closed_at = now() where id = ${id}`);
}
