import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useBulletin } from '../api.ts';
import { canDraftBulletins } from '../bulletin-policy.ts';
import { BulletinHeader } from './bulletin-header.tsx';
import { CityBlock } from './city-block.tsx';
import type { DrillTarget, EventsDrillTarget } from './drill-context.tsx';
import { DrillContext, EventsDrillContext } from './drill-context.tsx';
import { DrillDrawer } from './drill-drawer.tsx';
import { EventsDrawer } from './events-drawer.tsx';
import { BulletinPrintStyle } from './print-style.tsx';
import { RankingTable } from './ranking-table.tsx';
import { RecomputedSection } from './recomputed-section.tsx';
import { RemarksEditor } from './remarks-editor.tsx';

/** One bulletin: the city's figures, a ranking per group, remarks; every number opens the projects behind it. */
export function BulletinView({ id }: { id: number }) {
  const { t } = useI18n();
  const me = useSessionUser();
  const bulletin = useBulletin(id);
  const [drill, setDrill] = useState<DrillTarget>();
  const [eventsDrill, setEventsDrill] = useState<EventsDrillTarget>();
  const [remarksDirty, setRemarksDirty] = useState(false);
  const onDirtyChange = useCallback((dirty: boolean) => setRemarksDirty(dirty), []);

  if (bulletin.error) {
    return (
      <Card title={t('nav.bulletins')}>
        <ErrorAlert error={bulletin.error} onRetry={() => void bulletin.refetch()} />
      </Card>
    );
  }
  if (!bulletin.data) {
    return (
      <Card>
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      </Card>
    );
  }

  const b = bulletin.data;
  const snapshot = b.snapshot;
  const canManage = canDraftBulletins(me.role);
  const published = b.status === 'published';
  const units = new Map(snapshot.groups.flatMap((g) => g.units).map((u) => [u.unitId, u.unitName]));

  return (
    <DrillContext.Provider value={setDrill}>
      <EventsDrillContext.Provider value={setEventsDrill}>
        <BulletinPrintStyle />
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <BulletinHeader bulletin={b} canManage={canManage} remarksDirty={remarksDirty} />
            {published ? null : (
              <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('bulletin.draftNotice')} />
            )}
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }} className="zs-no-print">
              {t('bulletin.clickHint')}
            </Typography.Paragraph>
          </Card>
          <CityBlock snapshot={snapshot} />
          {snapshot.groups
            .filter((g) => g.units.length > 0)
            .map((g) => (
              <RankingTable key={g.name} group={g} snapshot={snapshot} />
            ))}
          {snapshot.adjustments.length ? (
            <Card size="small" title={t('bulletin.adjustments')}>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {snapshot.adjustments.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: adjustments are frozen with the bulletin, never reordered
                  <li key={i}>
                    {t('bulletin.adjustmentLine', {
                      unit: units.get(a.unitId) ?? `#${a.unitId}`,
                      count: a.falsified,
                      points: a.falsified * snapshot.scheme.penalties.falsified,
                      note: a.note,
                    })}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          <RemarksEditor bulletin={b} editable={canManage && !published} onDirtyChange={onDirtyChange} />
          {published ? <RecomputedSection bulletinId={b.id} /> : null}
        </Space>
        <DrillDrawer
          bulletinId={b.id}
          published={published}
          target={drill}
          onNavigate={setDrill}
          onClose={() => setDrill(undefined)}
        />
        <EventsDrawer
          bulletinId={b.id}
          published={published}
          target={eventsDrill}
          onClose={() => setEventsDrill(undefined)}
        />
      </EventsDrillContext.Provider>
    </DrillContext.Provider>
  );
}
