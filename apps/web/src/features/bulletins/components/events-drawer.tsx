import { EVENT_KIND_LABELS, EVENT_LEVEL_LABELS, type EventKind, type EventLevel } from '@zhaoshang/shared';
import { Drawer, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useBulletinEvents } from '../api.ts';
import type { EventsDrillTarget } from './drill-context.tsx';

type HeldEvent = { id: number; name: string; kind: string; level: string; startsOn: string };

/** The events behind a unit's events indicator, exactly those frozen with the bulletin. */
export function EventsDrawer({
  bulletinId,
  published,
  target,
  onClose,
}: {
  bulletinId: number;
  published: boolean;
  target: EventsDrillTarget | undefined;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const list = useBulletinEvents(bulletinId, target);
  return (
    <Drawer
      open={target !== undefined}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={target ? t('bulletin.drill.title', { scope: target.scope, figure: t('bulletin.events.figure') }) : null}
    >
      {target ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {t(published ? 'bulletin.events.frozen' : 'bulletin.events.draftData')}
          </Typography.Text>
          {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
          <Table<HeldEvent>
            rowKey="id"
            size="small"
            dataSource={list.data?.items ?? []}
            loading={list.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('bulletin.events.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
            columns={[
              {
                title: t('bulletin.events.name'),
                key: 'name',
                render: (_, e) => (
                  <Link to={`/events/${e.id}`} style={{ whiteSpace: 'nowrap' }}>
                    {e.name}
                  </Link>
                ),
              },
              {
                title: t('bulletin.events.kind'),
                key: 'kind',
                render: (_, e) => EVENT_KIND_LABELS[e.kind as EventKind]?.[lang] ?? e.kind,
              },
              {
                title: t('bulletin.events.level'),
                key: 'level',
                render: (_, e) => EVENT_LEVEL_LABELS[e.level as EventLevel]?.[lang] ?? e.level,
              },
              { title: t('bulletin.events.startsOn'), key: 'startsOn', dataIndex: 'startsOn' },
            ]}
          />
        </Space>
      ) : null}
    </Drawer>
  );
}
