// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type FakeApi, OFFICE_USER, renderWithApp } from '../../../test/render-with-app.tsx';
import type { GateReview } from '../api.ts';
import { GateReviewsView } from './gate-reviews-view.tsx';

const head = {
  ...OFFICE_USER,
  id: 9,
  role: 'unit_manager' as const,
  unit: { id: 8, name: '澜城区', kind: 'county' as const },
};

const review: GateReview = {
  id: 41,
  project: { id: 5, name: '澜城小型五金加工项目', agreedWan: '1200' },
  unit: { id: 8, name: '澜城区' },
  reasons: ['belowMinimum'],
  requestedBy: '李澜',
  status: 'pending',
  note: null,
  decidedBy: null,
  decidedAt: null,
  createdAt: '2026-12-01T02:00:00Z',
};

function fakeApi(decided: unknown[]): FakeApi {
  return ({ method, path, body }) => {
    if (method === 'GET' && path.startsWith('/gate-reviews')) return { status: 200, body: { items: [review] } };
    if (method === 'POST' && path === '/gate-reviews/41/decision') {
      decided.push(body);
      return { status: 204 };
    }
    return undefined;
  };
}

describe('GateReviewsView', () => {
  it('lets the unit head reject only with a note, and sends the decision', async () => {
    const decided: unknown[] = [];
    renderWithApp(<GateReviewsView />, { user: head, answer: fakeApi(decided) });
    const row = await screen.findByRole('row', { name: /澜城小型五金加工项目/ });
    expect(within(row).getByText('协议投资低于最低投资额')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '驳回' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    expect(await screen.findByText('驳回时请填写审批意见')).toBeTruthy();
    expect(decided).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('审批意见'), { target: { value: ' 投资强度不足 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /驳\s*回/ }));
    await waitFor(() => expect(decided).toEqual([{ decision: 'rejected', note: '投资强度不足' }]));
  });

  it('offers no decision to the office, which cannot decide for a unit', async () => {
    renderWithApp(<GateReviewsView />, { answer: fakeApi([]) });
    const row = await screen.findByRole('row', { name: /澜城小型五金加工项目/ });
    expect(within(row).queryByRole('button', { name: '通过' })).toBeNull();
  });
});
