// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render-with-app.tsx';
import { ApiError } from './api-client.ts';
import { ListFilters, matchesText, PagedTable, pageChange, pagedLocally, pageStateOf, sortOf } from './paged-table.tsx';

describe('page state in the address', () => {
  it('reads page, size and sort, falling back to the first page of 20', () => {
    expect(pageStateOf({})).toEqual({ page: 1, pageSize: 20, sort: undefined });
    expect(pageStateOf({ page: '3', pageSize: '50', sort: '-name' })).toEqual({ page: 3, pageSize: 50, sort: '-name' });
    expect(pageStateOf({ page: 'x', pageSize: '-5', sort: '' })).toEqual({ page: 1, pageSize: 20, sort: undefined });
  });

  it('starts again at page 1 on a new sort or size, and leaves defaults out of the address', () => {
    const at = { page: 4, pageSize: 20, sort: undefined };
    expect(pageChange(at, { ...at, page: 5 })).toEqual({ page: 5, pageSize: undefined, sort: undefined });
    expect(pageChange(at, { ...at, page: 4, sort: '-name' })).toEqual({
      page: undefined,
      pageSize: undefined,
      sort: '-name',
    });
    expect(pageChange(at, { ...at, pageSize: 50 })).toEqual({ page: undefined, pageSize: 50, sort: undefined });
    expect(pageChange(at, { ...at, page: 1 })).toEqual({ page: undefined, pageSize: undefined, sort: undefined });
  });

  it('writes a sorter as field or -field', () => {
    expect(sortOf({ field: 'name', order: 'ascend' })).toBe('name');
    expect(sortOf([{ field: 'createdAt', order: 'descend' }])).toBe('-createdAt');
    expect(sortOf({ field: 'name', order: null })).toBeUndefined();
  });
});

type Row = { id: number; name: string };
const columns = [{ title: '名称', dataIndex: 'name' }];
const paging = { page: 1, pageSize: 20 };

describe('PagedTable', () => {
  it('shows the rows and the total, or "more than" when the server stopped counting', () => {
    const query = {
      data: { items: [{ id: 1, name: '澜江丝绸' }], total: 35 },
      error: null,
      isFetching: false,
      refetch: () => {},
    };
    const first = renderWithApp(
      <PagedTable<Row> rowKey="id" columns={columns} query={query} paging={paging} onPaging={() => {}} />,
    );
    expect(screen.getByText('澜江丝绸')).toBeTruthy();
    expect(screen.getByText('共 35 条')).toBeTruthy();
    first.unmount();
    const capped = { ...query, data: { ...query.data, total: 10000, totalCapped: true } };
    renderWithApp(
      <PagedTable<Row> rowKey="id" columns={columns} query={capped} paging={paging} onPaging={() => {}} />,
      {
        lang: 'en',
      },
    );
    expect(screen.getByText('More than 10,000 (narrow it down with the filters)')).toBeTruthy();
  });

  it('shows the error with a retry in place of the rows', () => {
    const query = { error: new ApiError(403, 'FORBIDDEN', '无权查看审计日志'), isFetching: false, refetch: () => {} };
    renderWithApp(<PagedTable<Row> rowKey="id" columns={columns} query={query} paging={paging} onPaging={() => {}} />);
    expect(screen.getByText('无权查看审计日志')).toBeTruthy();
    expect(screen.queryByText('共 0 条')).toBeNull();
  });
});

describe('a whole list paged here', () => {
  const rows: Row[] = Array.from({ length: 45 }, (_, i) => ({ id: i + 1, name: `项目${i + 1}` }));
  const query = { data: rows, error: null, isFetching: false, refetch: () => {} };

  it('answers the page asked for, with the total of the whole list, as a server would', () => {
    const third = pagedLocally(query, { page: 3, pageSize: 20 });
    expect(third.data?.total).toBe(45);
    expect(third.data?.items.map((r) => r.id)).toEqual([41, 42, 43, 44, 45]);
    expect(pagedLocally(query, { page: 1, pageSize: 10 }).data?.items.map((r) => r.id)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });

  it('has no page while the list is loading, and passes the error on', () => {
    const error = new ApiError(500, 'INTERNAL', '服务器出错');
    expect(pagedLocally({ ...query, data: undefined, error }, { page: 1, pageSize: 20 })).toMatchObject({
      data: undefined,
      error,
    });
  });

  it('shows the page in the table with the total of the whole list', () => {
    renderWithApp(
      <PagedTable<Row>
        rowKey="id"
        columns={columns}
        query={pagedLocally(query, { page: 3, pageSize: 20 })}
        paging={{ page: 3, pageSize: 20 }}
        onPaging={() => {}}
      />,
    );
    expect(screen.getByText('项目41')).toBeTruthy();
    expect(screen.queryByText('项目1')).toBeNull();
    expect(screen.getByText('共 45 条')).toBeTruthy();
  });
});

describe('the filter bar', () => {
  it('matches a searched text in any case, and everything when nothing is searched', () => {
    expect(matchesText('2026年一季度回头看', '一季度')).toBe(true);
    expect(matchesText('Q1 review', 'q1')).toBe(true);
    expect(matchesText('2026年一季度回头看', '二季度')).toBe(false);
    expect(matchesText('任何', undefined)).toBe(true);
    expect(matchesText('任何', '  ')).toBe(true);
  });

  it('writes a search on Enter and clears it when emptied; shows the chosen option', () => {
    const changes: Record<string, string | undefined>[] = [];
    renderWithApp(
      <ListFilters
        fields={[
          { kind: 'search', key: 'q', label: '按标题查找' },
          {
            kind: 'select',
            key: 'status',
            label: '状态',
            placeholder: '全部状态',
            options: [{ value: 'held', label: '已召开' }],
          },
        ]}
        values={{ status: 'held' }}
        onChange={(c) => changes.push(c)}
      />,
    );
    const search = screen.getByRole('searchbox', { name: '按标题查找' });
    fireEvent.change(search, { target: { value: ' 一季度 ' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    fireEvent.change(search, { target: { value: '' } });
    expect(changes).toEqual([{ q: '一季度' }, { q: undefined }]);
    expect(screen.getByText('已召开')).toBeTruthy();
  });
});
