import { List, Modal } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { type DrillQuery, useDrill } from '../api.ts';

export type DrillTarget = { chainId: number; segmentId: number; segment: string; kind: DrillQuery['kind'] };

const WHAT = {
  companies: 'chains.localCompanies',
  targets: 'chains.targets',
  leads: 'chains.openLeads',
  filings: 'chains.activeFilings',
  projects: 'chains.projects',
} as const;

/** The records behind one number of the map, paged. */
export function DrillModal({ target, onClose }: { target: DrillTarget; onClose: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const { data, isFetching } = useDrill({
    chainId: target.chainId,
    segmentId: target.segmentId,
    kind: target.kind,
    page,
    pageSize: 20,
  });
  return (
    <Modal
      open
      footer={null}
      onCancel={onClose}
      title={t('chains.drillTitle', { segment: target.segment, what: t(WHAT[target.kind]) })}
    >
      <List
        loading={isFetching}
        dataSource={data?.items ?? []}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, size: 'small' }}
        renderItem={(i) => (
          <List.Item key={i.id}>
            <List.Item.Meta title={i.title} description={i.detail} />
          </List.Item>
        )}
      />
    </Modal>
  );
}
