import { Card, Tabs } from 'antd';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { ConflictList } from './conflict-list.tsx';
import { FilingList } from './filing-list.tsx';

/** Filings and their conflicts; the open tab is kept in the URL so a notification can link to it. */
export function FilingsView() {
  const { t } = useI18n();
  const [state, setState] = useSearchState(['tab'] as const);
  const tab = state.tab === 'conflicts' ? 'conflicts' : 'list';
  return (
    <Card title={t('nav.filings')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setState({ tab: key === 'list' ? undefined : key })}
        destroyOnHidden
        items={[
          { key: 'list', label: t('filing.tabList'), children: <FilingList /> },
          { key: 'conflicts', label: t('filing.tabConflicts'), children: <ConflictList /> },
        ]}
      />
    </Card>
  );
}
