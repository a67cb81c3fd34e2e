import type { Behind, Indicators, KpiProject } from './kpi.ts';

/** A project with no stage reached, changed by `over`: the indicator tests' building block. */
export function project(id: number, over: Partial<KpiProject> = {}): KpiProject {
  return {
    id,
    signedOn: null,
    contractedOn: null,
    registeredOn: null,
    readyOn: null,
    startedOn: null,
    completedOn: null,
    producingOn: null,
    agreedYuan: 0n,
    fitsPositioning: false,
    hostUnitId: 1,
    sourceUnitIds: [],
    expansionOf: null,
    ...over,
  };
}

/** The projects behind each figure: none, except as `over` says. */
export function behind(over: Partial<Behind>): Behind {
  return {
    signed: [],
    amount: [],
    contracted: [],
    registered: [],
    ready: [],
    fit: [],
    fitAmount: [],
    readyImplied: [],
    ...over,
  };
}

/** A unit's indicators when it has no project in the window. */
export const EMPTY: Indicators = {
  signedCount: 0,
  signedAmountWan: 0,
  signedAmountYuan: '0',
  contractRate: null,
  registrationRate: null,
  readyRate: null,
  fitShareCount: null,
  fitShareAmount: null,
  behind: behind({}),
};
