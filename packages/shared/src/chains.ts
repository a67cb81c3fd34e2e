import { labelTable } from './messages/index.ts';

/** The kinds of chain group: the 6 leading, the 3 emerging, and X. */
export const CHAIN_GROUP_KINDS = ['leading', 'emerging', 'other'] as const;
export type ChainGroupKind = (typeof CHAIN_GROUP_KINDS)[number];

/** Where a segment sits in its chain. */
export const CHAIN_STREAMS = ['up', 'mid', 'down'] as const;
export type ChainStream = (typeof CHAIN_STREAMS)[number];

/** The tags a target enterprise carries (the seed's 央企, 世界500强, 行业50强…), written as the Chinese words. */
export const TARGET_TAGS = [
  '央企',
  '世界500强',
  '行业50强',
  '百强',
  '领军',
  '总部型',
  '基地型',
  '生产性服务业',
] as const;
export type TargetTag = (typeof TARGET_TAGS)[number];

/** A segment's gap: 缺链 (no local firm) or 弱链 (no project signed in two years). */
export const CHAIN_GAPS = ['missing', 'weak'] as const;
export type ChainGap = (typeof CHAIN_GAPS)[number];

/** Why a unit is recommended to host a project. */
export const HOST_REASONS = ['designated', 'segmentFirms', 'chainFirms', 'responsible'] as const;
export type HostReason = (typeof HOST_REASONS)[number];

export const CHAIN_GROUP_KIND_LABELS = labelTable('label.chainGroupKind', CHAIN_GROUP_KINDS);
export const CHAIN_STREAM_LABELS = labelTable('label.chainStream', CHAIN_STREAMS);
export const CHAIN_GAP_LABELS = labelTable('label.chainGap', CHAIN_GAPS);

/** The gap of a segment from its numbers: no local firm is missing; firms but no recent signing is weak. */
export function chainGapOf(n: { localCompanies: number; recentSigned: number }): ChainGap | null {
  if (n.localCompanies === 0) return 'missing';
  if (n.recentSigned === 0) return 'weak';
  return null;
}
