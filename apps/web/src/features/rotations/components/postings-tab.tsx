import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { EmptyList } from '../../../components/empty-list.tsx';
import { ListFilters, PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { may } from '../../../components/policy.ts';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import { useUnits } from '../../org/api.ts';
import { postingsExportHref, type RotationPosting, useEndPosting, usePostings, useRounds } from '../api.ts';
import { PostingFormModal } from './posting-form-modal.tsx';

const FILTER_KEYS = ['roundId', 'unitId'] as const;

/** Who is posted to which bureau in which round, seconded from where; the office posts and ends postings. */
export function PostingsTab() {
  const { t } = useI18n();
  const me = useSessionUser();
  const { modal, message } = App.useApp();
  const { filters, setFilters, paging, setPaging } = usePagedSearch(FILTER_KEYS);
  const filter = {
    roundId: filters.roundId ? Number(filters.roundId) : undefined,
    unitId: filters.unitId ? Number(filters.unitId) : undefined,
  };
  const postings = usePostings(filter, paging.page, paging.pageSize);
  const rounds = useRounds();
  const units = useUnits();
  const end = useEndPosting();
  const handleError = useListChangeError();
  const [posting, setPosting] = useState(false);
  const manages = may(me, 'rotation.manage');
  const seesAll = manages || me.role === 'leader';

  const askEnd = (p: RotationPosting) =>
    modal.confirm({
      title: t('rotation.posting.endConfirm', { name: p.person.name, unit: p.unit.name }),
      content: t('rotation.posting.endHint'),
      okText: t('rotation.posting.end'),
      cancelText: t('common.cancel'),
      onOk: () =>
        end.mutateAsync(p.id).then(
          () => message.success(t('rotation.posting.ended')),
          (error) => handleError(error),
        ),
    });

  const columns: TableColumnsType<RotationPosting> = [
    { title: t('rotation.posting.person'), key: 'person', render: (_, p) => p.person.name },
    { title: t('rotation.posting.unit'), key: 'unit', render: (_, p) => p.unit.name },
    { title: t('rotation.posting.fromUnit'), key: 'fromUnit', render: (_, p) => p.fromUnit.name },
    { title: t('rotation.posting.round'), key: 'round', render: (_, p) => p.round.name },
    { title: t('rotation.posting.startDate'), dataIndex: 'startDate', width: 120 },
    { title: t('rotation.posting.endDate'), dataIndex: 'endDate', width: 120 },
    { title: t('rotation.posting.note'), dataIndex: 'note' },
    ...(manages
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, p: RotationPosting) => (
              <Button size="small" onClick={() => askEnd(p)}>
                {t('rotation.posting.end')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Button icon={<DownloadOutlined />} href={postingsExportHref(filter)}>
          {t('rotation.posting.export')}
        </Button>
        {manages ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPosting(true)}>
            {t('rotation.posting.add')}
          </Button>
        ) : null}
      </Space>
      <ListFilters
        fields={[
          {
            kind: 'select',
            key: 'roundId',
            label: t('rotation.posting.round'),
            placeholder: t('rotation.posting.allRounds'),
            width: 220,
            options: (rounds.data ?? []).map((r) => ({ value: String(r.id), label: r.name })),
          },
          ...(seesAll
            ? [
                {
                  kind: 'select' as const,
                  key: 'unitId',
                  label: t('rotation.posting.unit'),
                  placeholder: t('rotation.posting.allBureaus'),
                  width: 220,
                  options: (units.data ?? [])
                    .filter((u) => u.kind === 'resident_bureau')
                    .map((u) => ({ value: String(u.id), label: u.name })),
                },
              ]
            : []),
        ]}
        values={filters}
        onChange={setFilters}
      />
      <PagedTable<RotationPosting>
        rowKey="id"
        columns={columns}
        query={postings}
        paging={paging}
        onPaging={setPaging}
        locale={{ emptyText: <EmptyList text={t('rotation.posting.empty')} /> }}
      />
      <PostingFormModal open={posting} onClose={() => setPosting(false)} />
    </Space>
  );
}
