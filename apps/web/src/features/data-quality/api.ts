import { useQuery } from '@tanstack/react-query';
import { bodyOf, client } from '../../api/client.ts';
import type { ResponseOf } from '../../api/types.ts';

// The shapes of this feature, as the server's OpenAPI document declares them.
export type QualityOverview = ResponseOf<'/api/v1/data-quality'>;
export type QualityCheckDetail = ResponseOf<'/api/v1/data-quality/{check}'>;
export type QualityCheck = QualityCheckDetail['check'];
export type QualityItem = QualityCheckDetail['items'][number];
export const QUALITY_CHECKS = [
  'readyImplied',
  'missingEvidence',
  'sameInvestorTwoUnits',
  'partExceedsWhole',
  'outliers',
  'iurTotals',
  'staleSites',
] as const satisfies readonly QualityCheck[];

const qualityKey = ['data-quality'] as const;

export function useQualityOverview() {
  return useQuery({ queryKey: [...qualityKey, 'overview'], queryFn: () => bodyOf(client.GET('/api/v1/data-quality')) });
}

export function useQualityCheck(check: QualityCheck | undefined) {
  return useQuery({
    queryKey: [...qualityKey, 'check', check],
    queryFn: () => bodyOf(client.GET('/api/v1/data-quality/{check}', { params: { path: { check: check! } } })),
    enabled: check !== undefined,
  });
}
