import { pickView, type ViewState } from './project-list-state.ts';

/** A named set of list filters, kept in the browser for one user. */
export type SavedView = { name: string; state: ViewState };

export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const MAX_VIEWS = 20;
export const MAX_VIEW_NAME = 30;

export const viewsStorageKey = (userId: number) => `zhaoshang.projectViews.${userId}`;

/** The user's views; a missing, broken or foreign entry reads as none rather than failing the page. */
export function readViews(storage: ViewStorage, userId: number): SavedView[] {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(viewsStorageKey(userId)) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (v): v is { name: string; state: Record<string, string | undefined> } =>
        typeof v?.name === 'string' && typeof v?.state === 'object' && v.state !== null,
    )
    .map((v) => ({ name: v.name, state: pickView(v.state) }));
}

function writeViews(storage: ViewStorage, userId: number, views: SavedView[]): SavedView[] {
  try {
    storage.setItem(viewsStorageKey(userId), JSON.stringify(views));
  } catch {
    // A full quota or private mode: the views last until the page reloads.
  }
  return views;
}

/** Saves the view under its (trimmed) name, replacing one of the same name; newest first, at most MAX_VIEWS. */
export function saveView(
  storage: ViewStorage,
  userId: number,
  name: string,
  state: Record<string, string | undefined>,
): SavedView[] {
  const trimmed = name.trim().slice(0, MAX_VIEW_NAME);
  if (!trimmed) return readViews(storage, userId);
  const others = readViews(storage, userId).filter((v) => v.name !== trimmed);
  return writeViews(storage, userId, [{ name: trimmed, state: pickView(state) }, ...others].slice(0, MAX_VIEWS));
}

export function deleteView(storage: ViewStorage, userId: number, name: string): SavedView[] {
  return writeViews(
    storage,
    userId,
    readViews(storage, userId).filter((v) => v.name !== name),
  );
}

/** Whether the list shows exactly this view (the page aside), to mark it as the current one. */
export function isCurrentView(view: SavedView, state: Record<string, string | undefined>): boolean {
  const a = view.state;
  const b = pickView(state);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ViewState>;
  return [...keys].every((key) => a[key] === b[key]);
}
