import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type RotationRound = Schemas['RotationRound'];
export type RotationPosting = Schemas['RotationPosting'];
export type HandoverPreview = Schemas['HandoverPreview'];
export type Handover = Schemas['Handover'];
export type HandoverKind = Schemas['HandoverItem']['kind'];
export type PostingFilter = Omit<QueryOf<'/api/v1/rotations/postings'>, 'page' | 'pageSize'>;
export type RoundInput = BodyOf<'/api/v1/rotations/rounds', 'post'>;
export type PostingInput = BodyOf<'/api/v1/rotations/postings', 'post'>;
export type HandoverInput = BodyOf<'/api/v1/rotations/handovers', 'post'>;
export const HANDOVER_KINDS = ['lead', 'filing', 'project', 'blocker'] as const satisfies readonly HandoverKind[];

const rotationsKey = ['rotations'] as const;

export function useRounds() {
  return useQuery({
    queryKey: [...rotationsKey, 'rounds'],
    queryFn: () => bodyOf(client.GET('/api/v1/rotations/rounds')).then((r) => r.items),
  });
}

export function usePostings(filter: PostingFilter, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...rotationsKey, 'postings', filter, page, pageSize],
    queryFn: () =>
      bodyOf(client.GET('/api/v1/rotations/postings', { params: { query: { ...filter, page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

export function useHandovers() {
  return useQuery({
    queryKey: [...rotationsKey, 'handovers'],
    queryFn: () => bodyOf(client.GET('/api/v1/rotations/handovers')).then((r) => r.items),
  });
}

/** What handing over the person's work in the unit would move; asked afresh each time the wizard shows it. */
export function useHandoverPreview(unitId: number | undefined, fromUserId: number | undefined) {
  return useQuery({
    queryKey: [...rotationsKey, 'preview', unitId, fromUserId],
    queryFn: () =>
      bodyOf(
        client.GET('/api/v1/rotations/handover-preview', {
          params: { query: { unitId: unitId!, fromUserId: fromUserId! } },
        }),
      ),
    enabled: unitId !== undefined && fromUserId !== undefined,
    staleTime: 0,
    gcTime: 0,
  });
}

/** The xlsx of the postings as filtered (a plain link: the browser downloads it). */
export function postingsExportHref(filter: PostingFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  return `/api/v1/exports/rotations/postings${query ? `?${query}` : ''}`;
}

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: rotationsKey }),
  });
}

export const useOpenRound = () =>
  useChange((input: RoundInput) => bodyOf(client.POST('/api/v1/rotations/rounds', { body: input })));

export const useCreatePosting = () =>
  useChange((input: PostingInput) => bodyOf(client.POST('/api/v1/rotations/postings', { body: input })));

export const useEndPosting = () =>
  useChange((id: number) => bodyOf(client.POST('/api/v1/rotations/postings/{id}/end', { params: { path: { id } } })));

export const useExecuteHandover = () =>
  useChange((input: HandoverInput) => bodyOf(client.POST('/api/v1/rotations/handovers', { body: input })));
