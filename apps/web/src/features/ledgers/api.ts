import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { BodyOf, QueryOf, Schemas } from '../../api/types.ts';

// The shapes of the ledgers, as the server's OpenAPI document declares them.
export type Carrier = Schemas['Carrier'];
export type IurAgreement = Schemas['IurAgreement'];
export type CapitalReport = Schemas['CapitalReport'];
export type ProjectCapital = Schemas['ProjectCapital'];
export type CarrierListParams = QueryOf<'/api/v1/carriers'>;
export type IurListParams = QueryOf<'/api/v1/iur'>;
export type CarrierInput = BodyOf<'/api/v1/carriers', 'post'>;
export type IurInput = BodyOf<'/api/v1/iur', 'post'>;
export type CapitalMonthInput = BodyOf<'/api/v1/projects/{id}/capital', 'put'>;

export const carriersKey = ['carriers'] as const;
export const iurKey = ['iur'] as const;
export const capitalKey = ['capital'] as const;

export function useCarriers(params: CarrierListParams) {
  return useQuery({
    queryKey: [...carriersKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/carriers', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useCarrierCounts() {
  return useQuery({
    queryKey: [...carriersKey, 'counts'],
    queryFn: () => bodyOf(client.GET('/api/v1/carriers/counts', { params: { query: {} } })),
  });
}

export function useSaveCarrier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: number; input: CarrierInput; version?: number }) =>
      id
        ? bodyOf(
            client.PUT('/api/v1/carriers/{id}', { params: { path: { id } }, body: { ...input, version: version! } }),
          )
        : bodyOf(client.POST('/api/v1/carriers', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: carriersKey }),
  });
}

export function useIurAgreements(params: IurListParams) {
  return useQuery({
    queryKey: [...iurKey, 'list', params],
    queryFn: () => bodyOf(client.GET('/api/v1/iur', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
}

export function useIurTotals(window: { from: string; to: string }) {
  return useQuery({
    queryKey: [...iurKey, 'totals', window],
    queryFn: () => bodyOf(client.GET('/api/v1/iur/totals', { params: { query: window } })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveIur() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: number; input: IurInput; version?: number }) =>
      id
        ? bodyOf(client.PUT('/api/v1/iur/{id}', { params: { path: { id } }, body: { ...input, version: version! } }))
        : bodyOf(client.POST('/api/v1/iur', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: iurKey }),
  });
}

export function useCapitalReport(window: { from: string; to: string }) {
  return useQuery({
    queryKey: [...capitalKey, 'report', window],
    queryFn: () => bodyOf(client.GET('/api/v1/capital', { params: { query: window } })),
    placeholderData: keepPreviousData,
  });
}

export function useProjectCapital(id: number) {
  return useQuery({
    queryKey: [...capitalKey, 'project', id],
    queryFn: () => bodyOf(client.GET('/api/v1/projects/{id}/capital', { params: { path: { id } } })),
  });
}

export function useRecordCapital(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CapitalMonthInput) =>
      bodyOf(client.PUT('/api/v1/projects/{id}/capital', { params: { path: { id } }, body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: capitalKey }),
  });
}

/** The import templates: the columns each server importer reads, in its order. */
export const CARRIER_IMPORT_COLUMNS = [
  '载体名称',
  '类型',
  '级别',
  '承载单位',
  '运营主体',
  '认定日期',
  '状态',
  '备注',
] as const;
export const IUR_IMPORT_COLUMNS = [
  '合作项目名称',
  '高校院所',
  '合作类型',
  '合作方',
  '登记单位',
  '签约日期',
  '合同金额(万元)',
  '引进人才数',
  '来源活动',
  '备注',
] as const;
export const CAPITAL_IMPORT_COLUMNS = [
  '项目名称',
  '承载地',
  '年份',
  '月份',
  '国内到位资金(万元)',
  '外资到位资金(万美元)',
] as const;
