import { useQuery } from '@tanstack/react-query';
import { api } from '../../components/api-client.ts';
import type { QualityCheck, QualityCheckDetail, QualityOverview } from './types.ts';

const qualityKey = ['data-quality'] as const;

export function useQualityOverview() {
  return useQuery({ queryKey: [...qualityKey, 'overview'], queryFn: () => api.get<QualityOverview>('/data-quality') });
}

export function useQualityCheck(check: QualityCheck | undefined) {
  return useQuery({
    queryKey: [...qualityKey, 'check', check],
    queryFn: () => api.get<QualityCheckDetail>(`/data-quality/${check}`),
    enabled: check !== undefined,
  });
}
