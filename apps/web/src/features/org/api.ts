import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type Unit = ItemOf<ResponseOf<'/api/v1/units'>['items']>;
export type UnitInput = BodyOf<'/api/v1/units', 'post'>;
export type UnitPatch = BodyOf<'/api/v1/units/{id}', 'patch'>;
export type UnitRef = { id: number; name: string };
export type User = ItemOf<ResponseOf<'/api/v1/users'>['items']>;
export type UserListParams = QueryOf<'/api/v1/users'> & { page: number; pageSize: number };
export type UserStatus = NonNullable<UserListParams['status']>;
export type UserSort = NonNullable<UserListParams['sort']>;
export const USER_STATUSES = ['active', 'disabled', 'locked'] as const satisfies readonly UserStatus[];
export type UserInput = BodyOf<'/api/v1/users', 'post'>;
export type UserPatch = BodyOf<'/api/v1/users/{id}', 'patch'>;
export type Secondment = ItemOf<ResponseOf<'/api/v1/users/{id}/secondments'>['items']>;
export type SecondmentInput = BodyOf<'/api/v1/users/{id}/secondments', 'post'>;

const unitsKey = ['units'] as const;
const usersKey = ['users'] as const;

export function useUnits(includeInactive = false) {
  return useQuery({
    queryKey: [...unitsKey, { includeInactive }],
    queryFn: () =>
      bodyOf(
        client.GET('/api/v1/units', { params: { query: { includeInactive: includeInactive ? 'true' : 'false' } } }),
      ).then((r) => r.items),
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
    mutationFn: (input: UnitInput) => bodyOf(client.POST('/api/v1/units', { body: input })),
    onSuccess: invalidate,
  });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UnitPatch }) =>
      bodyOf(client.PATCH('/api/v1/units/{id}', { params: { path: { id } }, body: patch })),
    // A version conflict also means our copy is stale.
    onSettled: invalidate,
  });
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/users', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: UserInput) => bodyOf(client.POST('/api/v1/users', { body: input })),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ id, patch }: { id: number; patch: UserPatch }) =>
      bodyOf(client.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: patch })),
    onSettled: invalidate,
  });
}

export function useResetPassword() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: ({ id, password }: { id: number; password: string }) =>
      bodyOf(client.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body: { password } })),
    onSuccess: invalidate,
  });
}

export function useUnlockUser() {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (id: number) => bodyOf(client.POST('/api/v1/users/{id}/unlock', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useSecondments(userId: number | undefined) {
  return useQuery({
    queryKey: [...usersKey, userId, 'secondments'],
    queryFn: () =>
      bodyOf(client.GET('/api/v1/users/{id}/secondments', { params: { path: { id: userId! } } })).then((r) => r.items),
    enabled: userId !== undefined,
  });
}

export function useCreateSecondment(userId: number) {
  const invalidate = useInvalidateOrg();
  return useMutation({
    mutationFn: (input: SecondmentInput) =>
      bodyOf(client.POST('/api/v1/users/{id}/secondments', { params: { path: { id: userId } }, body: input })),
    onSuccess: invalidate,
  });
}
