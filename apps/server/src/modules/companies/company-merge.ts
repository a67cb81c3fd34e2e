import { msg } from '@zhaoshang/shared';
import { sql } from 'drizzle-orm';
import { type Database, queryRows, type Tx } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findGroupCompanyId } from '../filings/filings.repository.ts';
import { companiesPolicy } from './companies.policy.ts';
import { findCompanyById } from './companies.repository.ts';

type Moved = { leads: number[]; filings: number[]; conflicts: number[]; subsidiaries: number[] };

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

async function moveRecords(tx: Tx, from: number, to: number, only?: Moved): Promise<Moved> {
  const limit = (list: number[] | undefined) => (only ? sql` and id = any(${sql.param(list ?? [])}::int[])` : sql``);
  const group = (await findGroupCompanyId(tx, to))!;
  return {
    leads: ids(
      await queryRows(
        tx,
        sql`update leads set company_id = ${to}, version = version + 1 where company_id = ${from}${limit(only?.leads)} returning id`,
      ),
    ),
    filings: ids(
      await queryRows(
        tx,
        sql`update filings set company_id = ${to}, group_company_id = ${group}, version = version + 1 where company_id = ${from}${limit(only?.filings)} returning id`,
      ),
    ),
    conflicts: ids(
      await queryRows(
        tx,
        sql`update conflicts set company_id = ${to}, group_company_id = ${group} where company_id = ${from}${limit(only?.conflicts)} returning id`,
      ),
    ),
    subsidiaries: ids(
      await queryRows(
        tx,
        sql`update companies set group_id = ${to} where group_id = ${from}${limit(only?.subsidiaries)} returning id`,
      ),
    ),
  };
}

/**
 * Merges a duplicate registry record into its survivor: its leads, filings, conflicts and
 * subsidiaries move over and the duplicate is kept, marked as merged. Refused when the move
 * would put two active filings or two same-day leads of one unit on the survivor.
 */
export async function mergeCompanies(
  database: Database,
  ctx: RequestContext,
  input: { survivorId: number; mergedId: number; reason: string },
) {
  const actor = requireActor(ctx);
  companiesPolicy.assert(actor, 'company.merge');
  if (input.survivorId === input.mergedId)
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'mergedId', message: msg('company.mergeSelf') }] });
  if (!input.reason.trim())
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'reason', message: msg('company.mergeReason') }] });
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select id from companies where id in (${input.survivorId}, ${input.mergedId}) for update`);
    const survivor = await findCompanyById(tx, input.survivorId);
    const merged = await findCompanyById(tx, input.mergedId);
    if (!survivor || !merged || survivor.mergedIntoId || merged.mergedIntoId)
      throw new AppError('NOT_FOUND', { entity: 'company' }, msg('company.goneOrMerged'));
    const [clash] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from leads a join leads b on a.reporting_unit_id = b.reporting_unit_id and a.reported_on = b.reported_on
          where a.company_id = ${survivor.id} and b.company_id = ${merged.id}`,
    );
    if (clash!.n > 0)
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'mergedId', message: msg('company.mergeLeadClash', { count: clash!.n }) }],
      });
    const [active] = await queryRows<{ s: number; m: number }>(
      tx,
      sql`select count(*) filter (where company_id = ${survivor.id})::int as s, count(*) filter (where company_id = ${merged.id})::int as m
          from filings where status = 'active' and company_id in (${survivor.id}, ${merged.id})`,
    );
    if (active!.s > 0 && active!.m > 0) {
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'mergedId', message: msg('company.mergeFilingClash') }],
      });
    }
    const moved = await moveRecords(tx, merged.id, survivor.id);
    await tx.execute(
      sql`update companies set merged_into_id = ${survivor.id}, version = version + 1, updated_at = now() where id = ${merged.id}`,
    );
    const [{ id }] = (await queryRows<{ id: number }>(
      tx,
      sql`insert into company_merges (survivor_id, merged_id, reason, moved, created_by) values (${survivor.id}, ${merged.id}, ${input.reason.trim()}, ${JSON.stringify(moved)}::jsonb, ${actor.userId}) returning id`,
    )) as [{ id: number }];
    await recordAudit(tx, ctx, {
      action: 'company.merge',
      entityType: 'company',
      entityId: survivor.id,
      after: { mergeId: id, survivor: survivor.name, merged: merged.name, moved, reason: input.reason.trim() },
    });
    return { id, moved };
  });
}

/** Undoes a merge (admin): the recorded records move back and the duplicate is a company again. */
export async function undoMerge(database: Database, ctx: RequestContext, mergeId: number) {
  const actor = requireActor(ctx);
  companiesPolicy.assert(actor, 'company.unmerge');
  return database.db.transaction(async (tx) => {
    const [m] = await queryRows<{ survivor_id: number; merged_id: number; moved: Moved; undone_at: string | null }>(
      tx,
      sql`select survivor_id, merged_id, moved, undone_at from company_merges where id = ${mergeId} for update`,
    );
    if (!m) throw new AppError('NOT_FOUND', { entity: 'company_merge', id: mergeId });
    if (m.undone_at) throw new AppError('CONFLICT_VERSION', { mergeId }, msg('company.mergeUndone'));
    const merged = (await findCompanyById(tx, m.merged_id))!;
    const [taken] = await queryRows<{ name: string }>(
      tx,
      sql`select name from companies where merged_into_id is null and id <> ${merged.id}
          and (normalised_name = ${merged.normalisedName} or (${merged.uscc}::text is not null and uscc = ${merged.uscc}))`,
    );
    if (taken)
      throw new AppError('VALIDATION_FAILED', {
        issues: [{ path: 'mergeId', message: msg('company.undoNameTaken', { name: taken.name }) }],
      });
    await tx.execute(
      sql`update companies set merged_into_id = null, version = version + 1, updated_at = now() where id = ${merged.id}`,
    );
    const back = await moveRecords(tx, m.survivor_id, m.merged_id, m.moved);
    await tx.execute(
      sql`update company_merges set undone_by = ${actor.userId}, undone_at = now() where id = ${mergeId}`,
    );
    await recordAudit(tx, ctx, {
      action: 'company.unmerge',
      entityType: 'company',
      entityId: m.merged_id,
      after: { mergeId, moved: back },
    });
    return { id: mergeId, moved: back };
  });
}
