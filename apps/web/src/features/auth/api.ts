import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client, quietClient } from '../../api/client.ts';
import type { BodyOf, ResponseOf } from '../../api/types.ts';
import { ApiError, setCsrfToken } from '../../components/api-client.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type SessionResponse = ResponseOf<'/api/v1/auth/me'>;
/** The signed-in user as /auth/me describes them. */
export type Me = SessionResponse['user'];
export type PasswordChangeReason = Me['passwordChangeReason'];
export type Credentials = BodyOf<'/api/v1/auth/login', 'post'>;
export type PasswordChange = BodyOf<'/api/v1/auth/password', 'post'>;

export const meQueryKey = ['auth', 'me'] as const;

/** The session probe: null (not an error) when nobody is signed in. */
async function fetchMe(): Promise<Me | null> {
  try {
    const session = await bodyOf(quietClient.GET('/api/v1/auth/me'));
    setCsrfToken(session.csrfToken);
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * Keeps the session a login or a password change answered. A session probe still on its way
 * (sent before the login, so without the cookie) is cancelled first: answering "nobody" after
 * the login, it would send the user back to the login page.
 */
async function storeSession(queryClient: QueryClient, session: SessionResponse): Promise<void> {
  await queryClient.cancelQueries({ queryKey: meQueryKey });
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(meQueryKey, session.user);
}

/** Forgets everything the previous user could see; used on logout and on an expired session. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

/** Who is signed in; started at boot (router.tsx) so it runs while the page chunks load. */
export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useMe() {
  return useQuery(meQuery);
}

/** The login as a mutation's parts (the test drives them without a page). */
export function loginMutation(queryClient: QueryClient) {
  return {
    mutationFn: (credentials: Credentials) => bodyOf(client.POST('/api/v1/auth/login', { body: credentials })),
    onSuccess: (session: SessionResponse) => {
      // A new user must not see the previous user's cached lists.
      forgetSession(queryClient);
      return storeSession(queryClient, session);
    },
  };
}

export function useLogin() {
  return useMutation(loginMutation(useQueryClient()));
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => bodyOf(quietClient.POST('/api/v1/auth/logout')),
    // Even if the server is unreachable, this browser forgets the session.
    onSettled: () => forgetSession(queryClient),
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => bodyOf(client.POST('/api/v1/auth/password', { body: change })),
    onSuccess: (session) => storeSession(queryClient, session),
  });
}
