import { CHAIN_STREAM_LABELS, type ChainStream } from '@zhaoshang/shared';
import type { Lang } from '../../i18n/language.ts';

/** A chain and one of its segments, as the forms send them (chainId, segmentId). */
export type ChainPick = { chainId?: number; segmentId?: number };

/** What the picker reads from the map: groups → chains → segments, names in both languages. */
export type PickerMap = {
  groups: {
    id: number;
    name: string;
    nameEn: string | null;
    chains: {
      id: number;
      name: string;
      nameEn: string | null;
      segments: { id: number; name: string; stream: ChainStream; sortOrder: number }[];
    }[];
  }[];
};

type Named = { name: string; nameEn: string | null };
const nameOf = (x: Named, lang: Lang) => (lang === 'en' && x.nameEn ? x.nameEn : x.name);

const chainsOf = (map: PickerMap | undefined) => (map?.groups ?? []).flatMap((g) => g.chains);

/** The chains, grouped as the map groups them (6 leading + 3 emerging + X). */
export function chainOptions(map: PickerMap | undefined, lang: Lang) {
  return (map?.groups ?? [])
    .filter((g) => g.chains.length > 0)
    .map((g) => ({
      label: nameOf(g, lang),
      title: nameOf(g, lang),
      options: g.chains.map((c) => ({ value: c.id, label: nameOf(c, lang) })),
    }));
}

/** The segments of the picked chain only, in the map's order, each with its stream. */
export function segmentOptions(map: PickerMap | undefined, chainId: number | undefined, lang: Lang) {
  const chain = chainsOf(map).find((c) => c.id === chainId);
  if (!chain) return [];
  return [...chain.segments]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((s) => ({ value: s.id, label: `${s.name} · ${CHAIN_STREAM_LABELS[s.stream][lang]}` }));
}

/** Picking a chain keeps the segment only when it belongs to that chain. */
export function pickChain(map: PickerMap | undefined, current: ChainPick | undefined, chainId?: number): ChainPick {
  if (chainId === undefined) return {};
  const chain = chainsOf(map).find((c) => c.id === chainId);
  const keep = current?.segmentId !== undefined && chain?.segments.some((s) => s.id === current.segmentId);
  return keep ? { chainId, segmentId: current!.segmentId } : { chainId };
}

/** Picking a segment: the chain is the segment's own. */
export function pickSegment(map: PickerMap | undefined, current: ChainPick | undefined, segmentId?: number): ChainPick {
  if (segmentId === undefined) return current?.chainId === undefined ? {} : { chainId: current.chainId };
  const chain = chainsOf(map).find((c) => c.segments.some((s) => s.id === segmentId));
  return chain ? { chainId: chain.id, segmentId } : { chainId: current?.chainId };
}

/** The pick as the API takes it: ids or nulls. */
export function pickToApi(pick: ChainPick | undefined): { chainId: number | null; segmentId: number | null } {
  return { chainId: pick?.chainId ?? null, segmentId: pick?.chainId ? (pick.segmentId ?? null) : null };
}

/** The names of a pick, "chain / segment" in the language shown; null when the map lacks the chain. */
export function pickLabel(map: PickerMap | undefined, pick: ChainPick | undefined, lang: Lang): string | null {
  const chain = chainsOf(map).find((c) => c.id === pick?.chainId);
  if (!chain) return null;
  const segment = chain.segments.find((s) => s.id === pick?.segmentId);
  return segment ? `${nameOf(chain, lang)} / ${segment.name}` : nameOf(chain, lang);
}
