// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { Button } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render-with-app.tsx';
import { ApiError } from './api-client.ts';
import { staleSaveOf, useListChangeError, useStaleSave } from './stale-save.tsx';

const conflict = new ApiError(409, 'CONFLICT_VERSION', '项目已被他人修改（当前第 4 版）', {
  changes: [{ who: '李华', what: '签约日期 2026-03-01 → 2026-03-05' }],
});

describe('staleSaveOf', () => {
  it('takes only a version conflict, with the changes the server lists', () => {
    expect(staleSaveOf(conflict)).toEqual({
      message: '项目已被他人修改（当前第 4 版）',
      changes: [{ who: '李华', what: '签约日期 2026-03-01 → 2026-03-05' }],
    });
    expect(staleSaveOf(new ApiError(409, 'CONFLICT_VERSION', '该问题已经办结', { status: 'resolved' }))).toEqual({
      message: '该问题已经办结',
      changes: [],
    });
    expect(staleSaveOf(new ApiError(400, 'VALIDATION_FAILED', '填写有误'))).toBeUndefined();
    expect(staleSaveOf(new Error('boom'))).toBeUndefined();
  });
});

function Form({ calls, overwrite }: { calls: string[]; overwrite: boolean }) {
  const stale = useStaleSave({
    onReload: () => {
      calls.push('reload');
    },
    onOverwrite: overwrite ? () => void calls.push('overwrite') : undefined,
    renderChange: (change) => {
      const c = change as { who: string; what: string };
      return `${c.who}：${c.what}`;
    },
  });
  return (
    <>
      <Button onClick={() => calls.push(String(stale.catchStale(conflict)))}>保存</Button>
      {stale.modal}
    </>
  );
}

describe('useStaleSave', () => {
  it("shows the other person's changes and reloads their version on request", async () => {
    const calls: string[] = [];
    renderWithApp(<Form calls={calls} overwrite />);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('项目已被他人修改（当前第 4 版）')).toBeTruthy();
    expect(screen.getByText('李华：签约日期 2026-03-01 → 2026-03-05')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '加载最新版本' }));
    expect(await screen.findByText('已加载最新版本，请重新填写您的修改')).toBeTruthy();
    expect(calls).toEqual(['true', 'reload']);
  });

  it('keeps the edits over the latest version when the person chooses to overwrite', async () => {
    const calls: string[] = [];
    renderWithApp(<Form calls={calls} overwrite />, { lang: 'en' });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my changes' }));
    expect(
      await screen.findByText(
        'Your changes are still in the form on top of the latest version; saving again overwrites theirs',
      ),
    ).toBeTruthy();
    expect(calls).toEqual(['true', 'overwrite']);
  });

  it('offers no overwrite where the form has none, and going back changes nothing', async () => {
    const calls: string[] = [];
    renderWithApp(<Form calls={calls} overwrite={false} />);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('李华：签约日期 2026-03-01 → 2026-03-05');
    expect(screen.queryByRole('button', { name: '保留我的修改' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '返回表单' }));
    expect(calls).toEqual(['true']);
  });
});

function ListAction({ error, result, page }: { error: unknown; result: boolean[]; page?: boolean }) {
  const handle = useListChangeError(page ? 'page' : 'list');
  return <Button onClick={() => result.push(handle(error))}>办结</Button>;
}

describe('useListChangeError', () => {
  it('says a stale change in a dialog and any other error as a toast', async () => {
    const result: boolean[] = [];
    const first = renderWithApp(<ListAction error={conflict} result={result} />);
    fireEvent.click(screen.getByRole('button', { name: '办结' }));
    expect(await screen.findByText('列表已刷新为最新内容，请核对后再操作。')).toBeTruthy();
    first.unmount();
    renderWithApp(<ListAction error={new ApiError(403, 'FORBIDDEN', '无权办结该问题')} result={result} />);
    fireEvent.click(screen.getByRole('button', { name: '办结' }));
    expect(await screen.findByText('无权办结该问题')).toBeTruthy();
    expect(result).toEqual([true, false]);
  });

  it('on a page without a list (publishing a bulletin) says the page has reloaded', async () => {
    const result: boolean[] = [];
    renderWithApp(<ListAction error={conflict} result={result} page />, { lang: 'en' });
    fireEvent.click(screen.getByRole('button', { name: '办结' }));
    expect(
      await screen.findByText('This page now shows the latest version; check it before trying again.'),
    ).toBeTruthy();
    expect(result).toEqual([true]);
  });
});
