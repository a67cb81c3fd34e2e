import { PROJECT_STAGES, type ProjectStage, yuanToWan } from '@zhaoshang/shared';
import { groupThousands } from '../../components/figures.ts';

/** One changed field of a save, as the server records it: [before, after]. */
export type FieldChange = { field: string; before: unknown; after: unknown };

/** What a history row says happened, by its kind and the shape of its `changes`. */
export type HistoryEvent =
  | { action: 'created'; stages: { stage: ProjectStage; date: string }[] }
  | { action: 'edit' | 'stages' | 'correction' | 'status'; fields: FieldChange[] }
  | { action: 'evidenceAdded' | 'evidenceRemoved'; stage: string; fileName: string }
  | { action: 'plan'; plan: { stage: string; plannedOn: string }[] }
  | {
      action: 'blockerRaised';
      id: number;
      category: string;
      description: string;
      responsibleUnitId: number;
      dueOn: string;
    }
  | { action: 'blockerResolved'; id: number; resolution: string }
  | { action: 'blockerDecided'; id: number; meetingId: number; decision: string }
  | { action: 'import'; file: string; row: number }
  | { action: 'unknown'; kind: string };

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (x: unknown) => (typeof x === 'string' ? x : x == null ? '' : String(x));
const num = (x: unknown) => (typeof x === 'number' ? x : Number(x));

/** The fields of a save in the order a person reads the form (unknown fields last, as sent). */
const FIELD_ORDER = [
  'name',
  'companyId',
  'investorType',
  'hostUnitId',
  'sourceUnitIds',
  'chain',
  'fitsPositioning',
  'agreedYuan',
  'investedYuan',
  'foreignUsdWan',
  'expectedJobs',
  'expectedTaxWan',
  'status',
  'statusReason',
  ...PROJECT_STAGES.map((s) => `${s}On`),
  'registeredUscc',
  'expansionOf',
  'filingId',
  'notes',
];

export function fieldChangesOf(changes: unknown): FieldChange[] {
  const fields = isObj(changes) && isObj(changes.fields) ? changes.fields : {};
  const list = Object.entries(fields)
    .filter((e): e is [string, unknown[]] => Array.isArray(e[1]) && e[1].length === 2)
    .map(([field, [before, after]]) => ({ field, before, after }));
  const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
  return list.sort((a, b) => rank(a.field) - rank(b.field));
}

/** Reads a history row (or a conflict's change list entry) into something to show. */
export function describeHistory(kind: string, changes: unknown): HistoryEvent {
  const c = isObj(changes) ? changes : {};
  switch (kind) {
    case 'created': {
      const stages = isObj(c.stages) ? c.stages : {};
      return {
        action: 'created',
        stages: PROJECT_STAGES.filter((s) => typeof stages[s] === 'string').map((s) => ({
          stage: s,
          date: str(stages[s]),
        })),
      };
    }
    case 'edit':
    case 'stages':
    case 'correction':
    case 'status':
      return { action: kind, fields: fieldChangesOf(c) };
    case 'evidence': {
      const added = isObj(c.added) ? c.added : undefined;
      const item = added ?? (isObj(c.removed) ? c.removed : {});
      return {
        action: added ? 'evidenceAdded' : 'evidenceRemoved',
        stage: str(item.stage),
        fileName: str(item.fileName),
      };
    }
    case 'plan':
      return {
        action: 'plan',
        plan: (Array.isArray(c.plan) ? c.plan : [])
          .filter(isObj)
          .map((m) => ({ stage: str(m.stage), plannedOn: str(m.plannedOn) })),
      };
    case 'blocker': {
      if (isObj(c.raised)) {
        const r = c.raised;
        return {
          action: 'blockerRaised',
          id: num(r.id),
          category: str(r.category),
          description: str(r.description),
          responsibleUnitId: num(r.responsibleUnitId),
          dueOn: str(r.dueOn),
        };
      }
      if (isObj(c.resolved))
        return { action: 'blockerResolved', id: num(c.resolved.id), resolution: str(c.resolved.resolution) };
      if (isObj(c.decided))
        return {
          action: 'blockerDecided',
          id: num(c.decided.id),
          meetingId: num(c.decided.meetingId),
          decision: str(c.decided.decision),
        };
      return { action: 'unknown', kind };
    }
    case 'import':
      return { action: 'import', file: str(c.file), row: num(c.row) };
    default:
      return { action: 'unknown', kind };
  }
}

/** How to name what a field value refers to (units, labels) in the reader's language. */
export type ValueNames = {
  unitName: (id: number) => string | undefined;
  companyName: (id: number) => string | undefined;
  stageLabel: (stage: string) => string;
  statusLabel: (status: string) => string;
  investorTypeLabel: (type: string) => string;
  yes: string;
  no: string;
  wan: (amount: string) => string;
  usdWan: (amount: string) => string;
  listSeparator: string;
};

export const EMPTY_VALUE = '—';

/** A recorded field value as a person reads it: names for ids, 万元 for yuan, labels for codes. */
export function formatFieldValue(field: string, value: unknown, names: ValueNames): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  const ref = (id: number, name: string | undefined) => name ?? `#${id}`;
  switch (field) {
    case 'agreedYuan':
    case 'investedYuan':
      return /^\d+$/.test(str(value)) ? names.wan(groupThousands(yuanToWan(BigInt(str(value))))) : str(value);
    case 'expectedTaxWan':
      return names.wan(groupThousands(str(value)));
    case 'foreignUsdWan':
      return names.usdWan(groupThousands(str(value)));
    case 'hostUnitId':
      return ref(num(value), names.unitName(num(value)));
    case 'sourceUnitIds':
      return Array.isArray(value) && value.length
        ? value.map((id) => ref(num(id), names.unitName(num(id)))).join(names.listSeparator)
        : EMPTY_VALUE;
    case 'companyId':
      return ref(num(value), names.companyName(num(value)));
    case 'fitsPositioning':
      return value ? names.yes : names.no;
    case 'status':
      return names.statusLabel(str(value));
    case 'investorType':
      return names.investorTypeLabel(str(value));
    default:
      return Array.isArray(value) ? value.map(str).join(names.listSeparator) : str(value);
  }
}

/** The stage a date field belongs to ("startedOn" → "started"), for its label. */
export function stageOfField(field: string): ProjectStage | undefined {
  return PROJECT_STAGES.find((s) => `${s}On` === field);
}
