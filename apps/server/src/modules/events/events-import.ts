import {
  checkUscc,
  EVENT_KIND_LABELS,
  EVENT_LEVEL_LABELS,
  EVENT_REGION_LABELS,
  type EventValueLabels,
  eventDatesProblem,
  eventValueOf,
  isCalendarDate,
  msg,
  normaliseUscc,
} from '@zhaoshang/shared';
import { normaliseCompanyName } from '@zhaoshang/shared/company-name';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { ColumnSpec, Table } from '../../spreadsheet/read-table.ts';
import { type ImportOptions, type ImportReport, startImport } from '../../spreadsheet/start-import.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findImportedCompanies, findMatchCandidates } from '../companies/companies.repository.ts';
import { matchQueryOf, rankCandidates } from '../companies/company-matching.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { canEditEvent, eventsPolicy } from './events.policy.ts';
import {
  countExistingGuests,
  type EventValues,
  findCampaigns,
  findEventById,
  findEventIdsByKeys,
  type GuestValues,
  replaceOrganisersBulk,
  upsertEventsBulk,
  upsertGuests,
} from './events.repository.ts';

type EventField =
  | 'name'
  | 'kind'
  | 'level'
  | 'startsOn'
  | 'endsOn'
  | 'place'
  | 'region'
  | 'organisers'
  | 'round'
  | 'notes';

/** The event import columns (the export writes the same ones). */
export const EVENT_COLUMNS: ColumnSpec<EventField>[] = [
  { key: 'name', zh: '活动名称', aliases: ['name', 'event', 'event name'], required: true },
  { key: 'kind', zh: '活动类型', aliases: ['kind', 'type'], required: true },
  { key: 'level', zh: '活动级别', aliases: ['level'], required: true },
  { key: 'startsOn', zh: '开始日期', aliases: ['starts on', 'start', 'from'], required: true },
  { key: 'endsOn', zh: '结束日期', aliases: ['ends on', 'end', 'to'] },
  { key: 'place', zh: '地点', aliases: ['place', 'venue'] },
  { key: 'region', zh: '地区', aliases: ['region', '目标地区'] },
  { key: 'organisers', zh: '主办单位', aliases: ['organisers', 'organizers', 'organiser', '承办单位'], required: true },
  { key: 'round', zh: '百日招商轮次', aliases: ['campaign', 'campaign round', 'round'] },
  { key: 'notes', zh: '备注', aliases: ['notes', 'note'] },
];

const listOf = (labels: EventValueLabels) =>
  Object.values(labels)
    .map((l) => l.zh)
    .join('、');

/**
 * Imports an event list (the year's calendar): each event keyed by name and first day, so a
 * re-import updates it; its organisers are replaced by the file's. Every bad row is reported
 * and then nothing is written.
 */
export async function importEvents(
  database: Database,
  ctx: RequestContext,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  if (ctx.actor) eventsPolicy.assert(ctx.actor, 'event.create');
  const run = startImport(ctx, table, EVENT_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const units = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const campaigns = new Map((await findCampaigns(database.db)).map((c) => [c.round, c.id]));
  const seen = new Map<string, number>();
  const rows = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const name = get('name');
    if (!name) fail('name', msg('import.eventNameRequired'));
    else if ([...name].length > 200) fail('name', msg('company.nameMax'));
    const kind = eventValueOf(EVENT_KIND_LABELS, get('kind'));
    if (!kind) fail('kind', msg('import.eventKind', { value: get('kind'), kinds: listOf(EVENT_KIND_LABELS) }));
    const level = eventValueOf(EVENT_LEVEL_LABELS, get('level'));
    if (!level) fail('level', msg('import.eventLevel', { value: get('level'), levels: listOf(EVENT_LEVEL_LABELS) }));
    const region = get('region') ? eventValueOf(EVENT_REGION_LABELS, get('region')) : null;
    if (region === undefined)
      fail('region', msg('import.eventRegion', { value: get('region'), regions: listOf(EVENT_REGION_LABELS) }));
    const startsOn = get('startsOn');
    const endsOn = get('endsOn') || startsOn;
    if (!startsOn) fail('startsOn', msg('import.eventStartRequired'));
    else if (!isCalendarDate(startsOn)) fail('startsOn', msg('import.dateInvalid', { value: startsOn }));
    else if (!isCalendarDate(endsOn)) fail('endsOn', msg('import.dateInvalid', { value: endsOn }));
    else {
      const problem = eventDatesProblem(startsOn, endsOn);
      if (problem) fail('endsOn', problem.message);
    }
    const organiserNames = get('organisers')
      .split(/[、;；,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
    const organiserIds: number[] = [];
    if (!organiserNames.length) fail('organisers', msg('import.organiserRequired'));
    for (const n of organiserNames) {
      const id = units.get(n);
      if (id) organiserIds.push(id);
      else fail('organisers', msg('import.unitNotFound', { name: n }));
    }
    if (ctx.actor && organiserIds.length === organiserNames.length && !canEditEvent(ctx.actor, organiserIds))
      fail('organisers', msg('import.eventOwnUnitOnly'));
    const rawRound = get('round').replace(/^第|轮$/g, '');
    let campaignId: number | null = null;
    if (rawRound) {
      const round = /^\d{1,3}$/.test(rawRound) ? Number(rawRound) : Number.NaN;
      if (Number.isNaN(round)) fail('round', msg('import.eventCampaign', { value: get('round') }));
      else if (!campaigns.has(round)) fail('round', msg('import.eventCampaignUnknown', { round }));
      else campaignId = campaigns.get(round)!;
    }
    if (errors.length > before) return;
    const key = `${name}|${startsOn}`;
    if (seen.has(key)) {
      fail('name', msg('import.sameEventRow', { row: seen.get(key)! }));
      return;
    }
    seen.set(key, row);
    const values: EventValues = {
      name,
      kind: kind!,
      level: level!,
      place: get('place') || null,
      region: region ?? null,
      campaignId,
      startsOn,
      endsOn,
      cancelled: false,
      notes: get('notes') || null,
    };
    return { row, values, organiserIds };
  });
  if (errors.length) return run.report();
  const existing = await findEventIdsByKeys(
    database.db,
    rows.map((r) => r.values),
  );
  // A unit re-importing an event another unit organised may not take it over.
  if (ctx.actor && ctx.actor.role !== 'office') {
    for (const r of rows) {
      const id = existing.get(`${r.values.name}|${r.values.startsOn}`);
      if (!id) continue;
      const current = await findEventById(database.db, id);
      if (
        current &&
        !canEditEvent(
          ctx.actor,
          current.organisers.map((o) => o.id),
        )
      )
        errors.push({ row: r.row, column: run.label('organisers'), reason: msg('import.eventOwnUnitOnly') });
    }
    if (errors.length) return run.report();
  }
  const counts = { created: rows.length - existing.size, updated: existing.size };
  if (opts.dryRun) return run.report(counts);
  return database.db.transaction(async (tx) => {
    const ids = await upsertEventsBulk(
      tx,
      rows.map((r) => r.values),
      ctx.actor?.userId ?? null,
    );
    await replaceOrganisersBulk(
      tx,
      rows.flatMap((r) =>
        r.organiserIds.map((unitId) => ({ eventId: ids.get(`${r.values.name}|${r.values.startsOn}`)!, unitId })),
      ),
    );
    await recordAudit(tx, ctx, {
      action: 'event.import',
      entityType: 'event',
      after: { ...run.fileFacts(), rows: rows.length, ...counts },
    });
    return run.report(counts);
  });
}

type GuestField = 'guestName' | 'title' | 'company' | 'uscc';

/** The guest list columns. */
export const GUEST_COLUMNS: ColumnSpec<GuestField>[] = [
  { key: 'guestName', zh: '嘉宾姓名', aliases: ['guest', 'guest name', 'name', '姓名'] },
  { key: 'title', zh: '职务', aliases: ['title', 'position'] },
  { key: 'company', zh: '企业名称', aliases: ['company', 'company name', '单位', '所在企业'], required: true },
  { key: 'uscc', zh: '统一社会信用代码', aliases: ['uscc', 'credit code'] },
];

/**
 * Imports an event's guest list and matches each guest's company against the registry
 * (same: the company itself; similar: a person must look; none). The registry is not
 * changed. A re-import of the same guests updates them; a bad row writes nothing.
 */
export async function importGuests(
  database: Database,
  ctx: RequestContext,
  eventId: number,
  table: Table,
  opts: ImportOptions,
): Promise<ImportReport> {
  const actor = ctx.actor;
  if (actor) eventsPolicy.assert(actor, 'event.create');
  const event = await findEventById(database.db, eventId);
  if (!event) throw new AppError('NOT_FOUND', { entity: 'event', id: eventId });
  if (
    actor &&
    !canEditEvent(
      actor,
      event.organisers.map((o) => o.id),
    )
  )
    throw new AppError('FORBIDDEN', { permission: 'event.update' });
  const run = startImport(ctx, table, GUEST_COLUMNS, opts);
  if (run.headersFailed) return run.report();
  const errors = run.problems;
  const seen = new Map<string, number>();
  const rows = run.readRows(({ row, get, fail }) => {
    const before = errors.length;
    const company = get('company');
    const normalised = normaliseCompanyName(company);
    if (!normalised) fail('company', msg('import.guestCompanyRequired'));
    else if ([...company].length > 200) fail('company', msg('company.nameTooLong'));
    const rawUscc = get('uscc');
    const problem = rawUscc ? checkUscc(rawUscc) : null;
    if (problem) fail('uscc', msg(`label.usccProblem.${problem}`));
    if (errors.length > before) return;
    const guestName = get('guestName');
    const key = `${normalised}|${guestName}`;
    if (seen.has(key)) {
      fail('guestName', msg('import.sameGuestRow', { row: seen.get(key)! }));
      return;
    }
    seen.set(key, row);
    return {
      guestName,
      title: get('title') || null,
      companyName: company,
      companyNormalised: normalised,
      uscc: rawUscc ? normaliseUscc(rawUscc) : null,
    };
  });
  if (errors.length) return run.report();
  // The same legal entity by credit code or normalised name, in one query; the rest asked one by one for a similar name.
  const known = await findImportedCompanies(
    database.db,
    rows.map((r) => ({ normalised: r.companyNormalised, uscc: r.uscc })),
  );
  const guests: GuestValues[] = [];
  for (const r of rows) {
    const id = known({ normalised: r.companyNormalised, uscc: r.uscc });
    if (id) {
      guests.push({ ...r, companyId: id, matchLevel: 'same' });
      continue;
    }
    const q = matchQueryOf(r.companyName, r.uscc);
    const { level, candidates } = rankCandidates(q, await findMatchCandidates(database.db, q));
    guests.push({ ...r, companyId: candidates[0]?.id ?? null, matchLevel: level });
  }
  const updated = await countExistingGuests(database.db, eventId, guests);
  const counts = { created: guests.length - updated, updated };
  if (opts.dryRun) return run.report(counts);
  return database.db.transaction(async (tx) => {
    await upsertGuests(tx, eventId, guests);
    await recordAudit(tx, ctx, {
      action: 'event.importGuests',
      entityType: 'event',
      entityId: eventId,
      after: {
        ...run.fileFacts(),
        rows: guests.length,
        ...counts,
        matched: guests.filter((g) => g.matchLevel === 'same').length,
        similar: guests.filter((g) => g.matchLevel === 'similar').length,
      },
    });
    return run.report(counts);
  });
}
