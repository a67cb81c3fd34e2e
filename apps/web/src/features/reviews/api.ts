import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectStage } from '@zhaoshang/shared';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ItemOf, ResponseOf, Schemas } from '../../api/types.ts';
import { majorProjectsKey } from '../major-projects/api.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type ReviewCampaign = Schemas['ReviewCampaign'];
export type ReviewCriteria = ReviewCampaign['criteria'];
export type ReviewDetail = ResponseOf<'/api/v1/reviews/{id}'>;
export type ReviewUnitProgress = ItemOf<ReviewDetail['units']>;
export type ReviewItem = ItemOf<ReviewDetail['items']>;
export type ReviewAnswerInput = BodyOf<'/api/v1/reviews/{id}/items/{projectId}', 'put'>;
export type ReviewAnswer = ReviewAnswerInput['answer'];
export type ReviewLaunchInput = BodyOf<'/api/v1/reviews', 'post'>;
/** A stage a project can sit at: intent (no signing yet) or one of the stages after signing. */
export type StageKey = ProjectStage | 'intent';
export const REVIEW_ANSWERS = ['alive', 'stalled', 'lost'] as const satisfies readonly ReviewAnswer[];

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
    queryFn: () => bodyOf(client.GET('/api/v1/reviews')).then((r) => r.items),
  });
}

export function useReview(id: number) {
  return useQuery({
    queryKey: [...reviewsKey, 'one', id],
    queryFn: () => bodyOf(client.GET('/api/v1/reviews/{id}', { params: { path: { id } } })),
  });
}

export function useLaunchReview() {
  const invalidate = useInvalidate(reviewsKey);
  return useMutation({
    mutationFn: (input: ReviewLaunchInput) => bodyOf(client.POST('/api/v1/reviews', { body: input })),
    onSuccess: invalidate,
  });
}

export function useAnswerReview() {
  // An answer can stall or terminate the project: the board and project pages change with it.
  const invalidate = useInvalidate(reviewsKey, majorProjectsKey, projectsKey);
  return useMutation({
    mutationFn: ({ id, projectId, answer }: { id: number; projectId: number; answer: ReviewAnswerInput }) =>
      bodyOf(
        client.PUT('/api/v1/reviews/{id}/items/{projectId}', { params: { path: { id, projectId } }, body: answer }),
      ),
    onSettled: invalidate,
  });
}

export function useCloseReview() {
  const invalidate = useInvalidate(reviewsKey);
  return useMutation({
    mutationFn: (id: number) => bodyOf(client.POST('/api/v1/reviews/{id}/close', { params: { path: { id } } })),
    onSettled: invalidate,
  });
}
