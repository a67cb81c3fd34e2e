import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { ItemOf, ResponseOf } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type NotificationList = ResponseOf<'/api/v1/notifications'>;
export type Notification = ItemOf<NotificationList['items']>;

const notificationsKey = ['notifications'] as const;

/** The bell polls once a minute and again whenever the window regains focus. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => bodyOf(client.GET('/api/v1/notifications')),
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: 'always',
  });
}

/** Marks one notification read, or all of them when no id is given. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: number) =>
      bodyOf(client.POST('/api/v1/notifications/read', { body: id === undefined ? {} : { id } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
