import { Cascader } from 'antd';
import { useChainMap } from '../api.ts';

export type ChainPick = { chainId?: number; segmentId?: number };

/** Chain and segment picked from the map (not typed): a cascader chain → segment. */
export function ChainCascader({
  value,
  onChange,
  placeholder,
}: {
  value?: ChainPick;
  onChange?: (v: ChainPick) => void;
  placeholder?: string;
}) {
  const { data } = useChainMap();
  const options = (data?.groups ?? []).flatMap((g) =>
    g.chains.map((c) => ({
      value: c.id,
      label: c.name,
      children: c.segments.map((s) => ({ value: s.id, label: s.name })),
    })),
  );
  const current = value?.chainId ? [value.chainId, ...(value.segmentId ? [value.segmentId] : [])] : undefined;
  return (
    <Cascader
      style={{ minWidth: 260 }}
      options={options}
      value={current}
      changeOnSelect
      showSearch
      placeholder={placeholder}
      onChange={(v) => onChange?.({ chainId: v?.[0] as number | undefined, segmentId: v?.[1] as number | undefined })}
    />
  );
}
