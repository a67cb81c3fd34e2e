// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeApi, renderWithApp } from '../../../test/render-with-app.tsx';
import { type BulletinDetail, useBulletin } from '../api.ts';
import { RemarksEditor } from './remarks-editor.tsx';

/** The draft as the server keeps it: someone else saved version 2 after this page loaded version 1. */
function fakeServer() {
  const draft = { id: 7, version: 2, remarks: '请各县区加快项目开工' };
  const answer: FakeApi = ({ method, path, body }) => {
    if (method === 'GET' && path === '/bulletins/7') return { status: 200, body: { ...draft } };
    if (method === 'PUT' && path === '/bulletins/7/remarks') {
      const sent = body as { version: number; remarks: string | null };
      if (sent.version !== draft.version)
        return {
          status: 409,
          body: {
            code: 'CONFLICT_VERSION',
            message: '通报草稿已被他人修改',
            details: { currentVersion: draft.version },
          },
        };
      draft.version += 1;
      draft.remarks = sent.remarks ?? '';
      return { status: 204 };
    }
    return undefined;
  };
  return { draft, answer };
}

const loaded = { id: 7, version: 1, remarks: null } as unknown as BulletinDetail;

/** The editor fed by the bulletin query, as the bulletin page feeds it. */
function Page() {
  const bulletin = useBulletin(7);
  return <RemarksEditor bulletin={bulletin.data ?? loaded} editable onDirtyChange={() => {}} />;
}

function typeAndSave(text: string, save: string) {
  fireEvent.change(screen.getByRole('textbox'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: save }));
}

describe('RemarksEditor on a stale draft', () => {
  it('says someone else changed it, and loads their remarks on request', async () => {
    const { answer } = fakeServer();
    renderWithApp(<RemarksEditor bulletin={loaded} editable onDirtyChange={() => {}} />, { answer });
    typeAndSave('我的备注', '保存备注');
    expect(await screen.findByText('通报草稿已被他人修改')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '加载最新版本' }));
    expect(await screen.findByText('已加载最新版本，请重新填写您的修改')).toBeTruthy();
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('请各县区加快项目开工');
  });

  it('keeps what the person wrote over the latest version when they choose, and saves them on it', async () => {
    const { draft, answer } = fakeServer();
    const { requests } = renderWithApp(<Page />, { answer, lang: 'en' });
    await waitFor(() =>
      expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('请各县区加快项目开工'),
    );
    // The page's copy is version 2; someone saves version 3 before this person does.
    draft.version = 3;
    draft.remarks = '另一位同事的备注';
    typeAndSave('My remarks', 'Save remarks');
    fireEvent.click(await screen.findByRole('button', { name: 'Keep my changes' }));
    await screen.findByText(
      'Your changes are still in the form on top of the latest version; saving again overwrites theirs',
    );
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('My remarks');
    fireEvent.click(screen.getByRole('button', { name: 'Save remarks' }));
    expect(await screen.findByText('Remarks saved')).toBeTruthy();
    const puts = requests.filter((r) => r.method === 'PUT').map((r) => r.body);
    expect(puts).toEqual([
      { version: 2, remarks: 'My remarks' },
      { version: 3, remarks: 'My remarks' },
    ]);
    expect(draft).toEqual({ id: 7, version: 4, remarks: 'My remarks' });
  });
});
