import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './components/api-client.ts';

/** One client for the app. A refusal (4xx) is an answer, not a glitch: it is not retried. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (failures, error) =>
        failures < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
    mutations: { retry: false },
  },
});
