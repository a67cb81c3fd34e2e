import type { ChainMap } from './api.ts';

export const GAP_COLORS = { ok: '#52c41a', missing: '#f5222d', weak: '#faad14' } as const;

/** The chart's words; `stages` words a segment's projects by stage for its tooltip (none: no line). */
type Words = { title: string; unit: string; stages?: (byStage: Record<string, { count: number }>) => string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** One node of the tree; a segment node carries its id so a click opens its numbers. */
type Node = {
  name: string;
  value?: number;
  segmentId?: number;
  chainId?: number;
  itemStyle?: { color: string };
  /** The tooltip's second line: the segment's projects by stage. */
  stages?: string;
  children?: Node[];
};

/** A node's tooltip: its name and, for a segment with projects, their stages (names are data: escaped). */
export function nodeTooltip(p: { name?: string; data?: unknown }): string {
  const stages = (p.data as Node | undefined)?.stages;
  return [p.name ?? '', stages]
    .filter(Boolean)
    .map((line) => escapeHtml(line!))
    .join('<br/>');
}

/**
 * The map as an ECharts tree: groups → chains → segments, a segment's label with its local
 * firms, targets and projects, coloured by its gap (the chart's legend, beside it, names the colours).
 */
export function chainMapOption(map: ChainMap, words: Words) {
  // The root only joins the groups: the title above names the map.
  const root: Node = {
    name: '',
    children: map.groups.map((g) => ({
      name: g.name,
      children: g.chains.map((c) => ({
        name: c.name,
        chainId: c.id,
        children: c.segments.map((s) => ({
          name: `${s.name}  ${s.numbers.localCompanies}${words.unit} / ${s.numbers.targets} / ${s.numbers.projects}`,
          value: s.numbers.localCompanies,
          segmentId: s.id,
          chainId: c.id,
          itemStyle: { color: GAP_COLORS[s.numbers.gap ?? 'ok'] },
          ...(words.stages && s.numbers.projects ? { stages: words.stages(s.numbers.projectsByStage) } : {}),
        })),
      })),
    })),
  };
  const leaves = map.groups.reduce((n, g) => n + g.chains.reduce((m, c) => m + Math.max(c.segments.length, 1), 0), 0);
  return {
    height: Math.max(360, leaves * 26 + 80),
    option: {
      title: { text: words.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: nodeTooltip },
      series: [
        {
          type: 'tree',
          data: [root],
          top: 70,
          left: 90,
          bottom: 20,
          right: 260,
          symbolSize: 9,
          initialTreeDepth: -1,
          expandAndCollapse: false,
          label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 12 },
          leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
        },
      ],
    },
  };
}
