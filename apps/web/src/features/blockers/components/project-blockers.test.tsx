// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OFFICE_USER, renderWithApp } from '../../../test/render-with-app.tsx';
import type { ProjectBlocker as Blocker } from '../../projects/api.ts';
import { ProjectBlockers } from './project-blockers.tsx';

const project = { id: 5, name: '澜江新能源电池项目', major: true, pushDepartment: null, nurtureDepartment: null };
const open: Blocker = {
  id: 31,
  category: 'land',
  description: '用地指标尚未落实',
  responsibleUnit: { id: 7, name: '澜江县' },
  dueOn: '2026-06-30',
  status: 'open',
  resolution: null,
  escalated: true,
  overdue: true,
  raisedAt: '2026-05-01T02:00:00Z',
  routedAs: null,
  version: 2,
};
const resolved: Blocker = {
  ...open,
  id: 32,
  category: 'power',
  description: '电力增容',
  status: 'resolved',
  resolution: '供电公司已批复增容方案',
  escalated: false,
  overdue: false,
};
const clerk = {
  ...OFFICE_USER,
  role: 'unit_staff' as const,
  unit: { id: 8, name: '澜城区', kind: 'county' as const },
};

describe('ProjectBlockers', () => {
  it("lists the project's blockers with the blockers list's marks, and lets the office resolve an open one", async () => {
    renderWithApp(<ProjectBlockers project={project} blockers={[open, resolved]} />);
    expect(screen.getByText('用地')).toBeTruthy();
    expect(screen.getByText('逾期')).toBeTruthy();
    expect(screen.getByText('已升级')).toBeTruthy();
    expect(screen.getByText('已办结')).toBeTruthy();
    expect(screen.getByText('供电公司已批复增容方案')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '办结' })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: '办结' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('用地指标尚未落实')).toBeTruthy();
  });

  it('offers a unit that is not responsible no resolve, and raises on this project in English', async () => {
    renderWithApp(<ProjectBlockers project={project} blockers={[open]} />, { user: clerk, lang: 'en' });
    expect(screen.queryByRole('button', { name: 'Resolve' })).toBeNull();
    expect(screen.getByText('All blockers')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Raise a blocker/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Raise a blocker')).toBeTruthy();
  });

  it('says when the project has none', () => {
    renderWithApp(<ProjectBlockers project={project} blockers={[]} />);
    expect(screen.getByText('暂无问题')).toBeTruthy();
  });
});
