import { UNIT_KINDS, type UnitKind } from '@zhaoshang/shared';
import { Card, Skeleton, Statistic } from 'antd';
import { ApiError } from '../../../components/api-client.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useUnits } from '../../org/api.ts';

/** How many active units of each kind the system has: the "1+6+8" at a glance. */
export function UnitKindStats() {
  const { t, unitKindLabel } = useI18n();
  const units = useUnits(false);

  // A role that may not list units simply has no statistics here.
  if (units.error instanceof ApiError && units.error.code === 'FORBIDDEN') return null;

  const counts = new Map<UnitKind, number>(UNIT_KINDS.map((kind) => [kind, 0]));
  for (const unit of units.data ?? []) counts.set(unit.kind, (counts.get(unit.kind) ?? 0) + 1);

  return (
    <Card title={t('home.unitsByKind')}>
      {units.error ? (
        <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />
      ) : units.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))' }}>
          {UNIT_KINDS.map((kind) => (
            <Card key={kind} size="small">
              <Statistic title={unitKindLabel(kind)} value={counts.get(kind) ?? 0} />
            </Card>
          ))}
        </div>
      )}
    </Card>
  );
}
