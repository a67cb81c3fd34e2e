import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ImportWizard } from '../../../components/import-wizard.tsx';
import { may } from '../../../components/policy.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { eventsKey } from '../api.ts';
import { EVENT_IMPORT_COLUMNS } from '../event-import.ts';
import { CampaignsPanel } from './campaigns-panel.tsx';
import { EventCalendar } from './event-calendar.tsx';
import { EventFormModal } from './event-form-modal.tsx';
import { EventList } from './event-list.tsx';

const TABS = ['calendar', 'list', 'campaigns'] as const;

/** The events area: a month calendar, the list, and the campaigns' yield. */
export function EventsHome() {
  const { t } = useI18n();
  const me = useSessionUser();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((k) => k === search.get('view')) ?? 'calendar';
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  return (
    <Card
      title={t('events.title')}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} href="/api/v1/exports/events">
            {t('events.export')}
          </Button>
          {may(me, 'event.create') && (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                {t('events.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('events.new')}
              </Button>
            </>
          )}
        </Space>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(view) => setSearch({ view })}
        destroyOnHidden
        items={[
          { key: 'calendar', label: t('events.tab.calendar'), children: <EventCalendar /> },
          { key: 'list', label: t('events.tab.list'), children: <EventList /> },
          { key: 'campaigns', label: t('events.tab.campaigns'), children: <CampaignsPanel /> },
        ]}
      />
      {creating && <EventFormModal onClose={() => setCreating(false)} />}
      <ImportWizard
        open={importing}
        onClose={() => setImporting(false)}
        title={t('events.import')}
        endpoint="/imports/events"
        templateColumns={EVENT_IMPORT_COLUMNS}
        templateFileName={t('events.importTemplateFile')}
        readyText={t('events.importReady')}
        onImported={() => void queryClient.invalidateQueries({ queryKey: eventsKey })}
      />
    </Card>
  );
}
