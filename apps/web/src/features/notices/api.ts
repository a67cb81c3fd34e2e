import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ResponseOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Notice = Schemas['Notice'];
export type NoticeItem = Schemas['NoticeItem'];
export type NoticeDetail = ResponseOf<'/api/v1/notices/{id}'>;
export type NoticeInput = BodyOf<'/api/v1/notices', 'post'>;

const noticesKey = ['notices'] as const;

export function useNotices() {
  return useQuery({
    queryKey: [...noticesKey, 'list'],
    queryFn: () => bodyOf(client.GET('/api/v1/notices')).then((r) => r.items),
  });
}

export function useNotice(id: number) {
  return useQuery({
    queryKey: [...noticesKey, 'one', id],
    queryFn: () => bodyOf(client.GET('/api/v1/notices/{id}', { params: { path: { id } } })),
  });
}

/** The unit's overdue items the office may attach, as of now. */
export function useAttachableItems(unitId: number | undefined) {
  return useQuery({
    queryKey: [...noticesKey, 'attachable', unitId],
    queryFn: () =>
      bodyOf(client.GET('/api/v1/notices/attachable', { params: { query: { unitId: unitId! } } })).then((r) => r.items),
    enabled: unitId !== undefined,
  });
}

export function useSendNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NoticeInput) => bodyOf(client.POST('/api/v1/notices', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: noticesKey }),
  });
}

/** Confirming also clears the notice's bell entry. */
export function useConfirmNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => bodyOf(client.POST('/api/v1/notices/{id}/confirm', { params: { path: { id } } })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: noticesKey }),
        queryClient.invalidateQueries({ queryKey: ['notifications'] }),
      ]),
  });
}
