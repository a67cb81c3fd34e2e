import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type {
  Paged,
  Secondment,
  SecondmentInput,
  Unit,
  UnitInput,
  UnitPatch,
  User,
  UserInput,
  UserListParams,
  UserPatch,
} from './types.ts';

const unitsKey = ['units'] as const;
const usersKey = ['users'] as const;

export function useUnits(includeInactive = false) {
  return useQuery({
    queryKey: [...unitsKey, { includeInactive }],
    queryFn: () => api.get<{ items: Unit[] }>('/units', { includeInactive }).then((r) => r.items),
    staleTime: 60_000,
  });
}

/** Unit and user lists show each other's data (user counts, unit names): refresh both. */
function useInvalidateOrg() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: unitsKey }),
      queryClient.invalidateQueries({ queryKey: usersKey }),
    ]);
}

export function useCreateUnit() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: UnitInput) => api.post<Unit>('/units', input),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UnitPatch }) => api.patch<Unit>(`/units/${id}`, patch),
    // A version conflict also means our copy is stale.
    onSettled: invalidate,
  });
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: () => api.get<Paged<User>>('/users', params),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: UserInput) => api.post<User>('/users', input),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UserPatch }) => api.patch<User>(`/users/${id}`, patch),
    onSettled: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      api.post<void>(`/users/${id}/password`, { password }),
    onSuccess: invalidate,
  });
}

export function useUnlockUser() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (id: number) => api.post<void>(`/users/${id}/unlock`),
    onSuccess: invalidate,
  });
}

export function useSecondments(userId: number | undefined) {
  return useQuery({
    queryKey: [...usersKey, userId, 'secondments'],
    queryFn: () => api.get<{ items: Secondment[] }>(`/users/${userId}/secondments`).then((r) => r.items),
    enabled: userId !== undefined,
  });
}

export function useCreateSecondment(userId: number) {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: SecondmentInput) => api.post<Secondment>(`/users/${userId}/secondments`, input),
    onSuccess: invalidate,
  });
}
