import { describe, expect, it } from 'vitest';
import {
  deleteView,
  isCurrentView,
  MAX_VIEWS,
  readViews,
  saveView,
  type ViewStorage,
  viewsStorageKey,
} from './saved-views.ts';

function memoryStorage(initial: Record<string, string> = {}): ViewStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('saved views', () => {
  it('saves the filters and sort under a trimmed name, without the page or unknown keys', () => {
    const storage = memoryStorage();
    const views = saveView(storage, 7, '  澜城区重大项目 ', {
      unitId: '2',
      majorOnly: 'true',
      sort: 'agreed',
      page: '3',
      pageSize: '50',
      q: '',
      bogus: 'x',
    });
    expect(views).toEqual([{ name: '澜城区重大项目', state: { unitId: '2', majorOnly: 'true', sort: 'agreed' } }]);
    expect(JSON.parse(storage.data.get('zhaoshang.projectViews.7')!)).toEqual(views);
  });

  it('keeps each user apart', () => {
    const storage = memoryStorage();
    saveView(storage, 1, 'A', { stage: 'signed' });
    saveView(storage, 2, 'B', { stage: 'started' });
    expect(readViews(storage, 1).map((v) => v.name)).toEqual(['A']);
    expect(readViews(storage, 2).map((v) => v.name)).toEqual(['B']);
  });

  it('replaces a view of the same name and puts it first; keeps at most MAX_VIEWS', () => {
    const storage = memoryStorage();
    saveView(storage, 1, 'A', { stage: 'signed' });
    saveView(storage, 1, 'B', { stalled: 'true' });
    const views = saveView(storage, 1, 'A', { stage: 'started' });
    expect(views).toEqual([
      { name: 'A', state: { stage: 'started' } },
      { name: 'B', state: { stalled: 'true' } },
    ]);
    for (let i = 0; i < MAX_VIEWS + 5; i++) saveView(storage, 1, `v${i}`, { q: String(i) });
    const all = readViews(storage, 1);
    expect(all).toHaveLength(20);
    expect(all[0]).toEqual({ name: 'v24', state: { q: '24' } });
  });

  it('ignores a blank name', () => {
    const storage = memoryStorage();
    expect(saveView(storage, 1, '   ', { q: 'x' })).toEqual([]);
    expect(storage.data.size).toBe(0);
  });

  it('deletes by name', () => {
    const storage = memoryStorage();
    saveView(storage, 1, 'A', { q: 'a' });
    saveView(storage, 1, 'B', { q: 'b' });
    expect(deleteView(storage, 1, 'A')).toEqual([{ name: 'B', state: { q: 'b' } }]);
    expect(readViews(storage, 1)).toEqual([{ name: 'B', state: { q: 'b' } }]);
  });

  it('reads broken or foreign storage as no views', () => {
    expect(readViews(memoryStorage({ [viewsStorageKey(1)]: '{not json' }), 1)).toEqual([]);
    expect(readViews(memoryStorage({ [viewsStorageKey(1)]: '{"a":1}' }), 1)).toEqual([]);
    expect(
      readViews(memoryStorage({ [viewsStorageKey(1)]: '[{"name":"ok","state":{"q":"x"}},{"name":3},null]' }), 1),
    ).toEqual([{ name: 'ok', state: { q: 'x' } }]);
  });

  it('recognises the current view whatever the page', () => {
    const view = { name: 'A', state: { stage: 'signed,started', majorOnly: 'true' } };
    expect(isCurrentView(view, { majorOnly: 'true', stage: 'signed,started', page: '2' })).toBe(true);
    expect(isCurrentView(view, { majorOnly: 'true', stage: 'signed,started', status: 'stalled' })).toBe(false);
    expect(isCurrentView(view, { stage: 'signed,started' })).toBe(false);
  });
});
