import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type CatalogueEntry = Schemas['CatalogueEntry'];
export type CatalogueListParams = QueryOf<'/api/v1/catalogue'>;
export type CatalogueInput = BodyOf<'/api/v1/catalogue', 'post'>;

export const catalogueKey = ['catalogue'] as const;

export function useCatalogue(params: CatalogueListParams) {
  return useQuery({
    queryKey: [...catalogueKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/catalogue', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: number; input: CatalogueInput; version?: number }) =>
      id
        ? bodyOf(
            client.PUT('/api/v1/catalogue/{id}', { params: { path: { id } }, body: { ...input, version: version! } }),
          ).then((r) => r.id)
        : bodyOf(client.POST('/api/v1/catalogue', { body: input })).then((r) => r.id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: catalogueKey }),
  });
}

/** Signs an entry into a project (the server answers the project's id). */
export function useSignEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      bodyOf(client.POST('/api/v1/catalogue/{id}/sign', { params: { path: { id } }, body: { version } })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: catalogueKey }),
        queryClient.invalidateQueries({ queryKey: ['projects'] }),
      ]),
  });
}
