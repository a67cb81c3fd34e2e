import type { Scheme, UnitKind } from '@zhaoshang/shared';

/** GET /assessment/schemes/:year: the default scheme (version 0, not saved) until the office saves one. */
export type SchemeResponse = { scheme: Scheme; version: number; saved: boolean };

/** One unit's targets for a year; amounts are decimal strings (万元, 万美元), null when not set. */
export type UnitTarget = {
  unit: { id: number; name: string; kind: UnitKind };
  signedCount: number | null;
  signedAmountWan: string | null;
  leads: number | null;
  events: number | null;
  foreignUsdWan: string | null;
};

export type TargetInput = {
  unitId: number;
  signedCount: number | null;
  signedAmountWan: string | null;
  leads: number | null;
  events: number | null;
  foreignUsdWan: string | null;
};
