import { Select, Spin, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useDebouncedValue } from './use-debounced-value.ts';

type Option = { value: number; label: string };

/** The text typed into a SearchSelect, trimmed and debounced: what the server is asked for. */
export function useSearchText() {
  const [text, setText] = useState('');
  return { q: useDebouncedValue(text.trim(), 300), onSearch: setText };
}

/**
 * Picks one record by a server search (a company, a project, an event): the caller lists what
 * fits the typed text (nothing, or the latest few, before anything is typed), the chosen record
 * keeps its label after the search text changes (and an edited record's own, `current`), and an
 * empty answer says what to do next.
 */
export function SearchSelect({
  id,
  value,
  current,
  onChange,
  q,
  onSearch,
  options,
  isFetching,
  placeholder,
  typeToSearch,
  notFound,
}: {
  id?: string;
  value?: number;
  /** The record the form opened with, labelled before any search lists it. */
  current?: Option;
  onChange?: (id: number | undefined) => void;
  q: string;
  onSearch: (text: string) => void;
  options: Option[];
  isFetching: boolean;
  placeholder: string;
  typeToSearch: ReactNode;
  notFound: ReactNode;
}) {
  const [picked, setPicked] = useState<Option>();
  const shown = [...options];
  for (const known of [picked, current])
    if (known && known.value === value && !shown.some((o) => o.value === known.value)) shown.unshift(known);
  const empty =
    q === '' ? (
      <Typography.Text type="secondary">{typeToSearch}</Typography.Text>
    ) : isFetching ? (
      <Spin size="small" />
    ) : (
      <Typography.Text type="secondary">{notFound}</Typography.Text>
    );
  return (
    <Select<number>
      id={id}
      style={{ width: '100%' }}
      showSearch={{ filterOption: false, onSearch }}
      allowClear
      value={value}
      onChange={(next, option) => {
        const chosen = Array.isArray(option) ? undefined : option;
        setPicked(next === undefined || !chosen ? undefined : { value: next, label: String(chosen.label) });
        onChange?.(next);
      }}
      placeholder={placeholder}
      notFoundContent={empty}
      loading={isFetching}
      options={shown}
    />
  );
}
