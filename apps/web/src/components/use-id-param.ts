import { useParams } from 'react-router';

/** The :id of routes such as /reviews/:id; undefined on the list route, NaN for a malformed id. */
export function useIdParam(): number | undefined {
  const { id } = useParams();
  if (id === undefined) return undefined;
  return /^\d+$/.test(id) ? Number(id) : Number.NaN;
}
