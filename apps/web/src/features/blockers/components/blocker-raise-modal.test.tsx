// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeApi, renderWithApp } from '../../../test/render-with-app.tsx';
import { BlockerRaiseModal } from './blocker-raise-modal.tsx';

const units = [
  { id: 7, name: '澜江县', kind: 'county', active: true },
  { id: 8, name: '旧区', kind: 'county', active: false },
];

function fakeApi(raised: unknown[]): FakeApi {
  return ({ method, path, body }) => {
    if (method === 'GET' && path.startsWith('/units')) return { status: 200, body: { items: units } };
    if (method === 'POST' && path === '/projects/5/blockers') {
      raised.push(body);
      return { status: 201, body: { id: 91 } };
    }
    return undefined;
  };
}

async function choose(label: string, option: string) {
  const field = screen.getByLabelText(label);
  fireEvent.mouseDown(field);
  const item = await screen.findByTitle(option);
  fireEvent.click(item);
}

describe('BlockerRaiseModal', () => {
  it('asks for the project from the blockers list, and only for the rest on a project page', async () => {
    const onList = renderWithApp(<BlockerRaiseModal open onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请选择项目')).toBeTruthy();
    expect(screen.getByText('请选择问题类别')).toBeTruthy();
    expect(screen.getByText('请描述问题')).toBeTruthy();
    // The responsible unit may be left empty: the server routes the blocker to the push or nurture department.
    expect(screen.queryByText('请选择责任单位')).toBeNull();
    expect(screen.getByText('留空则按阶段交项目的推进部门（开工前）或培育部门（开工后）')).toBeTruthy();
    onList.unmount();

    renderWithApp(<BlockerRaiseModal projectId={5} open onClose={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请选择问题类别')).toBeTruthy();
    expect(screen.queryByText('请选择项目')).toBeNull();
  });

  it("raises the blocker on the page's project with the trimmed description and the due date", async () => {
    const raised: unknown[] = [];
    let closed = 0;
    renderWithApp(<BlockerRaiseModal projectId={5} open onClose={() => closed++} />, { answer: fakeApi(raised) });
    await choose('问题类别', '用地');
    fireEvent.change(screen.getByLabelText('问题描述'), { target: { value: '  用地指标未落实  ' } });
    await choose('责任单位', '澜江县');
    // Inactive units are not offered.
    expect(screen.queryByTitle('旧区')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    await waitFor(() => expect(raised).toHaveLength(1));
    const sent = raised[0] as Record<string, unknown>;
    expect({ ...sent, dueOn: undefined }).toEqual({
      projectId: undefined,
      category: 'land',
      description: '用地指标未落实',
      responsibleUnitId: 7,
      dueOn: undefined,
    });
    expect(sent.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await screen.findByText('问题已提出，已通知责任单位')).toBeTruthy();
    expect(closed).toBe(1);
  });

  it('speaks English when the user chose it', async () => {
    renderWithApp(<BlockerRaiseModal projectId={5} open onClose={() => {}} />, { lang: 'en' });
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Raise a blocker')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText('Choose a category')).toBeTruthy();
  });
});
