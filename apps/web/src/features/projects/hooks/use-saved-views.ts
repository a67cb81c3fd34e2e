import { useCallback, useState } from 'react';
import { deleteView, readViews, type SavedView, saveView } from '../saved-views.ts';

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The signed-in user's saved list views, in localStorage (per user, per browser). */
export function useSavedViews(userId: number) {
  const [views, setViews] = useState<SavedView[]>(() => {
    const storage = browserStorage();
    return storage ? readViews(storage, userId) : [];
  });
  const save = useCallback(
    (name: string, state: Record<string, string | undefined>) => {
      const storage = browserStorage();
      if (storage) setViews(saveView(storage, userId, name, state));
    },
    [userId],
  );
  const remove = useCallback(
    (name: string) => {
      const storage = browserStorage();
      if (storage) setViews(deleteView(storage, userId, name));
    },
    [userId],
  );
  return { views, save, remove };
}
