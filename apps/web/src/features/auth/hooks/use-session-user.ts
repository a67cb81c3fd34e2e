import type { Me } from '../api.ts';
import { useMe } from '../api.ts';

/** The signed-in user, for components rendered inside <RequireSession>. */
export function useSessionUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSessionUser is only valid inside <RequireSession>');
  return data;
}
