import { Card, Tabs } from 'antd';
import { useSearchState } from '../../../components/use-search-state.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { HandoversTab } from './handovers-tab.tsx';
import { PostingsTab } from './postings-tab.tsx';
import { RoundsTab } from './rounds-tab.tsx';

const TABS = ['postings', 'rounds', 'handovers'] as const;

/** 轮换派驻: the rounds, who is posted where from where, and the handovers of those who leave. */
export function RotationsView() {
  const { t } = useI18n();
  const [state, setState] = useSearchState(['tab']);
  const tab = TABS.find((k) => k === state.tab) ?? 'postings';
  return (
    <Card title={t('nav.rotations')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setState({ tab: key })}
        destroyOnHidden
        items={[
          { key: 'postings', label: t('rotation.tab.postings'), children: <PostingsTab /> },
          { key: 'rounds', label: t('rotation.tab.rounds'), children: <RoundsTab /> },
          { key: 'handovers', label: t('rotation.tab.handovers'), children: <HandoversTab /> },
        ]}
      />
    </Card>
  );
}
