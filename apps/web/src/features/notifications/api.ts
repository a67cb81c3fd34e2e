import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { NotificationList } from './types.ts';

const notificationsKey = ['notifications'] as const;

/** The bell polls once a minute and again whenever the window regains focus. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api.get<NotificationList>('/notifications'),
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: 'always',
  });
}

/** Marks one notification read, or all of them when no id is given. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: number) => api.post<void>('/notifications/read', id === undefined ? {} : { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
