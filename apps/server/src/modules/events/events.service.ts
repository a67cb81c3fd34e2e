import {
  type EventKind,
  type EventLevel,
  type EventRegion,
  type EventYield,
  eventDatesProblem,
  isCalendarDate,
  type Lang,
  type Message,
  mayOn,
  msg,
  shanghaiDate,
  translate,
  wanToYuan,
  yuanToWan,
} from '@zhaoshang/shared';
import { type Database, isUniqueViolation } from '../../db/client.ts';
import { type RequestContext, requireActor } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { type ExportColumn, writeTable } from '../../spreadsheet/write-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findUnitById } from '../org/units.repository.ts';
import { canEditEvent, eventsPolicy } from './events.policy.ts';
import {
  type EventFilter,
  type EventRow,
  type EventSort,
  type EventValues,
  findCampaignById,
  findCampaigns,
  findEventById,
  findEvents,
  findGuests,
  findLeadForAttribution,
  findProjectForAttribution,
  findYield,
  insertCampaign,
  insertEvent,
  replaceOrganisers,
  setLeadEvent,
  setProjectEvent,
  updateCampaign,
  updateEvent as updateEventRow,
  type YieldRow,
} from './events.repository.ts';

export type EventBody = {
  name: string;
  kind: EventKind;
  level: EventLevel;
  place?: string | null;
  region?: EventRegion | null;
  campaignId?: number | null;
  startsOn: string;
  endsOn: string;
  organiserUnitIds: number[];
  cancelled?: boolean;
  notes?: string | null;
};

const invalid = (path: string, message: Message) => new AppError('VALIDATION_FAILED', { issues: [{ path, message }] });

type Tally = { guests: number; leads: number; filings: number; signed: number; yuan: bigint; usdYuan: bigint };
const emptyTally = (): Tally => ({ guests: 0, leads: 0, filings: 0, signed: 0, yuan: 0n, usdYuan: 0n });

/** Adds an event's row to a tally, exactly: 万美元 carry four decimals, counted in 1/10000 like yuan. */
function add(t: Tally, r: YieldRow): Tally {
  t.guests += r.guests;
  t.leads += r.leads;
  t.filings += r.filings;
  t.signed += r.signed;
  t.yuan += BigInt(r.agreed_yuan);
  t.usdYuan += wanToYuan(r.foreign_usd_wan);
  return t;
}

/** A tally as the API shows it: amounts exact, in 万元 and 万美元. */
function presentTally(t: Tally): EventYield {
  return {
    guests: t.guests,
    leads: t.leads,
    filings: t.filings,
    signed: t.signed,
    amountWan: yuanToWan(t.yuan),
    foreignUsdWan: yuanToWan(t.usdYuan),
  };
}

export const presentYield = (r: YieldRow | undefined): EventYield =>
  presentTally(r ? add(emptyTally(), r) : emptyTally());

export function presentEvent(r: EventRow, actor: { role: string; unitId: number } | null) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as EventKind,
    level: r.level as EventLevel,
    place: r.place,
    region: r.region as EventRegion | null,
    campaign: r.campaign_id ? { id: r.campaign_id, name: r.campaign_name!, round: r.campaign_round! } : null,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    cancelled: r.cancelled,
    notes: r.notes,
    organisers: r.organisers,
    guests: r.guests,
    canEdit: actor
      ? canEditEvent(
          actor as never,
          r.organisers.map((o) => o.id),
        )
      : false,
    version: r.version,
  };
}

/** Checks an event's body against the data: dates in order, organisers and campaign that exist, a unit's own event. */
async function checkedValues(
  database: Database,
  actor: { role: string; unitId: number },
  body: EventBody,
): Promise<EventValues> {
  const dates = eventDatesProblem(body.startsOn, body.endsOn);
  if (dates) throw invalid(dates.field, dates.message);
  const organisers = [...new Set(body.organiserUnitIds)];
  if (!organisers.length) throw invalid('organiserUnitIds', msg('event.organiserRequired'));
  if (actor.role !== 'office' && !organisers.includes(actor.unitId))
    throw invalid('organiserUnitIds', msg('event.organiserNotOwn'));
  for (const id of organisers)
    if (!(await findUnitById(database.db, id)))
      throw new AppError('INVALID_REFERENCE', { field: 'organiserUnitIds', id });
  if (body.campaignId && !(await findCampaignById(database.db, body.campaignId)))
    throw new AppError('INVALID_REFERENCE', { field: 'campaignId', id: body.campaignId });
  return {
    name: body.name.trim(),
    kind: body.kind,
    level: body.level,
    place: body.place?.trim() || null,
    region: body.region ?? null,
    campaignId: body.campaignId ?? null,
    startsOn: body.startsOn,
    endsOn: body.endsOn,
    cancelled: body.cancelled ?? false,
    notes: body.notes?.trim() || null,
  };
}

const nameTaken = (v: EventValues) =>
  new AppError(
    'DUPLICATE',
    { name: v.name, startsOn: v.startsOn },
    msg('event.nameTaken', { name: v.name, date: v.startsOn }),
  );

/** Records an event; a unit records the events it organises (the office any). Audited. */
export async function createEvent(database: Database, ctx: RequestContext, body: EventBody) {
  const actor = requireActor(ctx);
  eventsPolicy.assert(actor, 'event.create');
  const values = await checkedValues(database, actor, body);
  return database.db.transaction(async (tx) => {
    let id: number;
    try {
      id = await tx.transaction((sp) => insertEvent(sp, values, actor.userId));
    } catch (e) {
      if (isUniqueViolation(e)) throw nameTaken(values);
      throw e;
    }
    await replaceOrganisers(tx, id, [...new Set(body.organiserUnitIds)]);
    await recordAudit(tx, ctx, {
      action: 'event.create',
      entityType: 'event',
      entityId: id,
      after: { ...values, organiserUnitIds: body.organiserUnitIds },
    });
    return { id };
  });
}

/** Saves an event read at `version`: 409 when someone saved it in between. */
export async function saveEvent(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: EventBody & { version: number },
) {
  const actor = requireActor(ctx);
  eventsPolicy.assert(actor, 'event.create');
  const before = await findEventById(database.db, id);
  if (!before) throw new AppError('NOT_FOUND', { entity: 'event', id });
  if (
    !canEditEvent(
      actor,
      before.organisers.map((o) => o.id),
    )
  )
    throw new AppError('FORBIDDEN', { permission: 'event.update' });
  const values = await checkedValues(database, actor, body);
  return database.db.transaction(async (tx) => {
    let saved: boolean;
    try {
      saved = await tx.transaction((sp) => updateEventRow(sp, id, body.version, values));
    } catch (e) {
      if (isUniqueViolation(e)) throw nameTaken(values);
      throw e;
    }
    if (!saved) {
      const current = await findEventById(tx, id);
      throw new AppError('CONFLICT_VERSION', { current: { version: current?.version } });
    }
    await replaceOrganisers(tx, id, [...new Set(body.organiserUnitIds)]);
    await recordAudit(tx, ctx, {
      action: 'event.update',
      entityType: 'event',
      entityId: id,
      before: {
        name: before.name,
        startsOn: before.starts_on,
        endsOn: before.ends_on,
        organiserUnitIds: before.organisers.map((o) => o.id),
      },
      after: { ...values, organiserUnitIds: body.organiserUnitIds },
    });
    return { id, version: body.version + 1 };
  });
}

export async function listEvents(
  database: Database,
  ctx: RequestContext,
  f: EventFilter,
  sort: { by: EventSort; desc: boolean },
  page: number,
  pageSize: number,
) {
  const actor = requireActor(ctx);
  eventsPolicy.assert(actor, 'event.read');
  const { items, total } = await findEvents(database.db, f, sort, { limit: pageSize, offset: (page - 1) * pageSize });
  return { items: items.map((r) => presentEvent(r, actor)), total };
}

/** An event's page: the event, its organisers, guests (the first 1,000) and its yield to date. */
export async function getEvent(database: Database, ctx: RequestContext, id: number) {
  const actor = requireActor(ctx);
  eventsPolicy.assert(actor, 'event.read');
  const row = await findEventById(database.db, id);
  if (!row) throw new AppError('NOT_FOUND', { entity: 'event', id });
  const [guests, yields] = await Promise.all([
    findGuests(database.db, id, 1000),
    findYield(database.db, { eventId: id, asOf: shanghaiDate() }),
  ]);
  return {
    event: presentEvent(row, actor),
    guests: guests.map((g) => ({
      id: g.id,
      guestName: g.guest_name,
      title: g.title,
      companyName: g.company_name,
      uscc: g.uscc,
      company: g.company_id ? { id: g.company_id, name: g.registry_name! } : null,
      matchLevel: g.match_level as 'same' | 'similar' | 'none',
    })),
    yield: presentYield(yields[0]),
  };
}

/**
 * The yield of the events started in [from, to] (cancelled ones left out), as things stood on
 * `to`: per event and per campaign (events of no campaign under `campaign: null`).
 */
export async function eventYield(database: Database, ctx: RequestContext, w: { from: string; to: string }) {
  if (ctx.actor) eventsPolicy.assert(ctx.actor, 'event.read');
  if (!isCalendarDate(w.from)) throw invalid('from', msg('event.dateInvalid', { value: w.from }));
  if (!isCalendarDate(w.to)) throw invalid('to', msg('event.dateInvalid', { value: w.to }));
  if (w.to < w.from) throw invalid('to', msg('event.yieldWindow'));
  const [rows, campaigns] = await Promise.all([
    findYield(database.db, { ...w, asOf: w.to }),
    findCampaigns(database.db),
  ]);
  // Per campaign: the events' rows summed here, exactly (one pass over the year's events).
  const byCampaign = new Map<number | null, { events: number; tally: Tally }>();
  for (const r of rows) {
    const c = byCampaign.get(r.campaign_id) ?? { events: 0, tally: emptyTally() };
    c.events++;
    add(c.tally, r);
    byCampaign.set(r.campaign_id, c);
  }
  const campaignOf = new Map(campaigns.map((c) => [c.id, c]));
  const order = (id: number | null) => (id === null ? Number.MAX_SAFE_INTEGER : id);
  return {
    from: w.from,
    to: w.to,
    events: rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind as EventKind,
      startsOn: r.starts_on,
      campaignId: r.campaign_id,
      ...presentYield(r),
    })),
    campaigns: [...byCampaign.entries()]
      .sort(([a], [b]) => order(a) - order(b))
      .map(([id, c]) => ({
        id,
        name: id === null ? null : (campaignOf.get(id)?.name ?? null),
        round: id === null ? null : (campaignOf.get(id)?.round ?? null),
        events: c.events,
        ...presentTally(c.tally),
      })),
  };
}

// Campaigns

export async function listCampaigns(database: Database, ctx: RequestContext) {
  eventsPolicy.assert(requireActor(ctx), 'event.read');
  return (await findCampaigns(database.db)).map((c) => ({
    id: c.id,
    round: c.round,
    name: c.name,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    events: c.events,
    version: c.version,
  }));
}

export type CampaignBody = { round: number; name?: string | null; startsOn: string; endsOn: string };

function campaignValues(body: CampaignBody) {
  const dates = eventDatesProblem(body.startsOn, body.endsOn);
  if (dates?.message.code === 'event.endsBeforeStart')
    throw invalid('endsOn', msg('event.campaignDates', { round: body.round }));
  if (dates) throw invalid(dates.field, dates.message);
  return {
    round: body.round,
    name: body.name?.trim() || translate('zh', 'event.campaignName', { round: body.round }),
    startsOn: body.startsOn,
    endsOn: body.endsOn,
  };
}

const roundTaken = (round: number) => new AppError('DUPLICATE', { round }, msg('event.campaignRoundTaken', { round }));

/** The office records a round of the 100-day campaign. */
export async function createCampaign(database: Database, ctx: RequestContext, body: CampaignBody) {
  eventsPolicy.assert(requireActor(ctx), 'campaign.manage');
  const values = campaignValues(body);
  return database.db.transaction(async (tx) => {
    let id: number;
    try {
      id = await tx.transaction((sp) => insertCampaign(sp, values));
    } catch (e) {
      if (isUniqueViolation(e)) throw roundTaken(body.round);
      throw e;
    }
    await recordAudit(tx, ctx, { action: 'campaign.create', entityType: 'campaign', entityId: id, after: values });
    return { id };
  });
}

export async function saveCampaign(
  database: Database,
  ctx: RequestContext,
  id: number,
  body: CampaignBody & { version: number },
) {
  eventsPolicy.assert(requireActor(ctx), 'campaign.manage');
  const values = campaignValues(body);
  return database.db.transaction(async (tx) => {
    const before = await findCampaignById(tx, id);
    if (!before) throw new AppError('NOT_FOUND', { entity: 'campaign', id });
    let saved: boolean;
    try {
      saved = await tx.transaction((sp) => updateCampaign(sp, id, body.version, values));
    } catch (e) {
      if (isUniqueViolation(e)) throw roundTaken(body.round);
      throw e;
    }
    if (!saved) throw new AppError('CONFLICT_VERSION', { current: { version: before.version } });
    await recordAudit(tx, ctx, {
      action: 'campaign.update',
      entityType: 'campaign',
      entityId: id,
      before: { round: before.round, name: before.name, startsOn: before.starts_on, endsOn: before.ends_on },
      after: values,
    });
    return { id, version: body.version + 1 };
  });
}

// Attribution

async function checkEvent(database: Database, eventId: number | null) {
  if (eventId !== null && !(await findEventById(database.db, eventId)))
    throw new AppError('INVALID_REFERENCE', { field: 'eventId', id: eventId });
}

/** Says which event produced a lead (null: none). 404 for an unknown lead and for one the user does not work (no existence leak). */
export async function attributeLeadEvent(database: Database, ctx: RequestContext, id: number, eventId: number | null) {
  const actor = requireActor(ctx);
  eventsPolicy.assert(actor, 'lead.attributeEvent');
  await checkEvent(database, eventId);
  return database.db.transaction(async (tx) => {
    const lead = await findLeadForAttribution(tx, id);
    if (
      !lead ||
      !mayOn(actor, 'lead.attributeEvent', {
        reportingUnitId: lead.reporting_unit_id,
        handlingUnitId: lead.handling_unit_id,
      })
    )
      throw new AppError('NOT_FOUND', { entity: 'lead', id });
    await setLeadEvent(tx, id, eventId);
    await recordAudit(tx, ctx, {
      action: 'lead.attributeEvent',
      entityType: 'lead',
      entityId: id,
      before: { eventId: lead.event_id },
      after: { eventId },
    });
    return { id, eventId };
  });
}

/** Says which event produced a project (null: none). 404 for an unknown project and for one of another unit (no existence leak). */
export async function attributeProjectEvent(
  database: Database,
  ctx: RequestContext,
  id: number,
  eventId: number | null,
) {
  const actor = requireActor(ctx);
  eventsPolicy.assert(actor, 'project.attributeEvent');
  await checkEvent(database, eventId);
  return database.db.transaction(async (tx) => {
    const project = await findProjectForAttribution(tx, id);
    if (
      !project ||
      !mayOn(actor, 'project.attributeEvent', {
        hostUnitId: project.host_unit_id,
        sourceUnitIds: project.source_unit_ids,
      })
    )
      throw new AppError('NOT_FOUND', { entity: 'project', id });
    await setProjectEvent(tx, id, eventId);
    await recordAudit(tx, ctx, {
      action: 'project.attributeEvent',
      entityType: 'project',
      entityId: id,
      before: { eventId: project.event_id },
      after: { eventId },
    });
    return { id, eventId };
  });
}

type PresentedEvent = ReturnType<typeof presentEvent>;
const eventExport = (lang: Lang): ExportColumn<PresentedEvent>[] => [
  { header: '活动名称', width: 36, value: (e) => e.name },
  { header: '活动类型', width: 16, value: (e) => translate(lang, `label.eventKind.${e.kind}`) },
  { header: '活动级别', width: 14, value: (e) => translate(lang, `label.eventLevel.${e.level}`) },
  { header: '开始日期', width: 12, value: (e) => e.startsOn },
  { header: '结束日期', width: 12, value: (e) => e.endsOn },
  { header: '地点', width: 20, value: (e) => e.place },
  { header: '地区', width: 14, value: (e) => (e.region ? translate(lang, `label.eventRegion.${e.region}`) : null) },
  { header: '主办单位', width: 30, value: (e) => e.organisers.map((o) => o.name).join('、') },
  { header: '百日招商轮次', width: 12, value: (e) => e.campaign?.round ?? null },
  { header: '嘉宾数', width: 10, value: (e) => e.guests },
  { header: '备注', width: 30, value: (e) => e.notes },
];

/** Events as xlsx, in the import's columns (plus the guest count); audited. */
export async function exportEvents(database: Database, ctx: RequestContext, f: EventFilter): Promise<Buffer> {
  const { items } = await listEvents(database, ctx, f, { by: 'startsOn', desc: false }, 1, 100_000);
  const file = await writeTable(translate(ctx.lang, 'export.events.sheet'), eventExport(ctx.lang), items);
  await database.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'event.export', entityType: 'event', after: { filter: f, rows: items.length } }),
  );
  return file;
}
