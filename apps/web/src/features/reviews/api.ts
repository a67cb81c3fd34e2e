import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import { majorProjectsKey } from '../major-projects/api.ts';
import type { ReviewAnswerInput, ReviewCampaign, ReviewDetail, ReviewLaunchInput } from './types.ts';

const reviewsKey = ['reviews'] as const;
/** The project pages show status too; their keys start with this. */
const projectsKey = ['projects'] as const;

/** Refreshes the given lists once a change has been made (or refused as stale). */
function useInvalidate(...keys: (readonly string[])[]) {
  const queryClient = useQueryClient();
  return () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

// ——— 回头看 ———

export function useReviews() {
  return useQuery({
    queryKey: [...reviewsKey, 'list'],
    queryFn: () => api.get<{ items: ReviewCampaign[] }>('/reviews').then((r) => r.items),
  });
}

export function useReview(id: number) {
  return useQuery({
    queryKey: [...reviewsKey, 'one', id],
    queryFn: () => api.get<ReviewDetail>(`/reviews/${id}`),
  });
}

export function useLaunchReview() {
  const invalidate = useInvalidate(reviewsKey);
  return useMutation({
    mutationFn: (input: ReviewLaunchInput) =>
      api.post<{ id: number; projects: number; units: number }>('/reviews', input),
    onSuccess: invalidate,
  });
}

export function useAnswerReview() {
  // An answer can stall or terminate the project: the board and project pages change with it.
  const invalidate = useInvalidate(reviewsKey, majorProjectsKey, projectsKey);
  return useMutation({
    mutationFn: ({ id, projectId, answer }: { id: number; projectId: number; answer: ReviewAnswerInput }) =>
      api.put<void>(`/reviews/${id}/items/${projectId}`, answer),
    onSettled: invalidate,
  });
}

export function useCloseReview() {
  const invalidate = useInvalidate(reviewsKey);
  return useMutation({
    mutationFn: (id: number) => api.post<void>(`/reviews/${id}/close`),
    onSettled: invalidate,
  });
}
