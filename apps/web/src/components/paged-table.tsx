import { Input, Select, Space, Table, type TablePaginationConfig, type TableProps } from 'antd';
import type { AnyObject } from 'antd/es/_util/type';
import type { SorterResult } from 'antd/es/table/interface';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { ErrorAlert } from './error-alert.tsx';
import { useSearchState } from './use-search-state.ts';

export const DEFAULT_PAGE_SIZE = 20;

/** Where a list stands: page, page size and sort (`field` or `-field`, none for the server's default). */
export type PageState = { page: number; pageSize: number; sort?: string };

/** The address's page state; a bad or missing number is the first page of the default size. */
export function pageStateOf(state: { page?: string; pageSize?: string; sort?: string }): PageState {
  const page = Number(state.page);
  const pageSize = Number(state.pageSize);
  return {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: Number.isInteger(pageSize) && pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE,
    sort: state.sort || undefined,
  };
}

/**
 * What the address keeps after the table changed: a new sort or page size starts again at
 * page 1, and defaults are left out so a plain list has a plain address.
 */
export function pageChange(
  current: PageState,
  next: PageState,
): Record<'page' | 'pageSize' | 'sort', string | number | undefined> {
  const restart = next.sort !== current.sort || next.pageSize !== current.pageSize;
  const page = restart ? 1 : next.page;
  return {
    page: page === 1 ? undefined : page,
    pageSize: next.pageSize === DEFAULT_PAGE_SIZE ? undefined : next.pageSize,
    sort: next.sort,
  };
}

/** A sorter as `field` / `-field`, or undefined when the column's sort was cleared. */
export function sortOf<T>(sorter: SorterResult<T> | SorterResult<T>[]): string | undefined {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = typeof s?.field === 'string' ? s.field : Array.isArray(s?.field) ? s.field.join('.') : undefined;
  if (!s?.order || !field) return undefined;
  return s.order === 'ascend' ? field : `-${field}`;
}

/**
 * A list's filters, sort and page kept in the address, so a reload or a shared link shows
 * the same list. Changing a filter starts again at page 1.
 */
export function usePagedSearch<K extends string>(filterKeys: readonly K[]) {
  const [state, setState] = useSearchState<K | 'page' | 'pageSize' | 'sort'>([
    ...filterKeys,
    'page',
    'pageSize',
    'sort',
  ]);
  const paging = pageStateOf(state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: filterKeys is a constant list at every call site
  const filters = useMemo(() => {
    const picked: Partial<Record<K, string>> = {};
    for (const key of filterKeys) if (state[key] !== undefined) picked[key] = state[key];
    return picked;
  }, [state]);
  const setFilters = (changes: Partial<Record<K, string | number | undefined | null>>) =>
    setState(changes as Partial<Record<K | 'page' | 'pageSize' | 'sort', string | number | undefined | null>>);
  const setPaging = (next: PageState) =>
    setState(
      pageChange(paging, next) as Partial<Record<K | 'page' | 'pageSize' | 'sort', string | number | undefined>>,
    );
  return { filters, paging, setFilters, setPaging };
}

/** A page of a server list as the list endpoints answer it. */
export type PagedQuery<T> = {
  data?: { items: T[]; total: number; totalCapped?: boolean };
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
};

/**
 * A whole list the API answers at once (a small one: blockers, reviews, meetings), paged here
 * the way a server pages it, so it goes through the same table with its page in the address.
 */
export function pagedLocally<T>(
  query: { data?: readonly T[]; error: unknown; isFetching: boolean; refetch: () => unknown },
  paging: PageState,
): PagedQuery<T> {
  const all = query.data;
  const from = (paging.page - 1) * paging.pageSize;
  return {
    data: all && { items: all.slice(from, from + paging.pageSize), total: all.length },
    error: query.error,
    isFetching: query.isFetching,
    refetch: query.refetch,
  };
}

/**
 * A server-paged table: the error with a retry in place of the rows, the total ("more than
 * 10,000" when the server stopped counting), page size, and sorting by the columns marked
 * `sorter: true`. The page state comes from usePagedSearch.
 */
export function PagedTable<T extends AnyObject>({
  query,
  paging,
  onPaging,
  ...tableProps
}: {
  query: PagedQuery<T>;
  paging: PageState;
  onPaging: (next: PageState) => void;
} & Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onChange'>) {
  const { t } = useI18n();
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const onChange = (
    pagination: TablePaginationConfig,
    _filters: unknown,
    sorter: SorterResult<T> | SorterResult<T>[],
  ) =>
    onPaging({
      page: pagination.current ?? 1,
      pageSize: pagination.pageSize ?? paging.pageSize,
      sort: tableProps.columns?.some((c) => 'sorter' in c && c.sorter) ? sortOf(sorter) : paging.sort,
    });
  return (
    <Table<T>
      size="middle"
      scroll={{ x: 'max-content' }}
      {...tableProps}
      loading={query.isFetching}
      dataSource={query.data?.items ?? []}
      onChange={onChange}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) =>
          query.data?.totalCapped
            ? t('common.totalCapped', { total: total.toLocaleString('en-US') })
            : t('common.total', { total }),
      }}
    />
  );
}

/** One filter of a list: a text search, or a choice among options. */
export type FilterField =
  | { kind: 'search'; key: string; label: string; width?: number }
  | {
      kind: 'select';
      key: string;
      label: string;
      /** What the empty select says ("all statuses"). */
      placeholder: string;
      options: { value: string; label: string }[];
      width?: number;
    };

/**
 * The filter bar above a PagedTable: each field writes its key into the address state of
 * usePagedSearch (undefined clears it), so filters, sort and page travel together. A search
 * is applied on Enter or when cleared, not on each key, so the address is not rewritten per letter.
 */
export function ListFilters({
  fields,
  values,
  onChange,
  children,
}: {
  fields: FilterField[];
  values: Partial<Record<string, string>>;
  onChange: (changes: Record<string, string | undefined>) => void;
  /** Anything a list adds after its fields (a tally, a switch). */
  children?: ReactNode;
}) {
  return (
    <Space wrap size="middle" style={{ marginBottom: 16 }}>
      {fields.map((field) =>
        field.kind === 'search' ? (
          <SearchField key={field.key} field={field} value={values[field.key]} onChange={onChange} />
        ) : (
          <Select<string>
            key={field.key}
            allowClear
            placeholder={field.placeholder}
            aria-label={field.label}
            style={{ width: field.width ?? 160 }}
            options={field.options}
            value={values[field.key]}
            onChange={(value) => onChange({ [field.key]: value })}
          />
        ),
      )}
      {children}
    </Space>
  );
}

function SearchField({
  field,
  value,
  onChange,
}: {
  field: Extract<FilterField, { kind: 'search' }>;
  value?: string;
  onChange: (changes: Record<string, string | undefined>) => void;
}) {
  const [typed, setTyped] = useState(value ?? '');
  // The address may change under the field (back button, a link): show what it says.
  useEffect(() => setTyped(value ?? ''), [value]);
  return (
    <Input.Search
      allowClear
      placeholder={field.label}
      aria-label={field.label}
      style={{ width: field.width ?? 240 }}
      value={typed}
      onChange={(e) => {
        setTyped(e.target.value);
        if (!e.target.value) onChange({ [field.key]: undefined });
      }}
      onSearch={(text) => onChange({ [field.key]: text.trim() || undefined })}
    />
  );
}

/** Whether a list row's text holds what was searched (any case; nothing searched matches all). */
export function matchesText(text: string, searched: string | undefined): boolean {
  return !searched || text.toLowerCase().includes(searched.trim().toLowerCase());
}
