import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { UNIT_KINDS, type UnitKind } from '@zhaoshang/shared';
import { Button, Card, Input, Segmented, Select, Space, Switch, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { Unit } from '../api.ts';
import { useUnits } from '../api.ts';
import { canManageOrg } from '../org-policy.ts';
import { buildUnitTree, type UnitTreeRow } from '../unit-tree.ts';
import { UnitFormModal } from './unit-form-modal.tsx';

type View = 'table' | 'tree';

const collator = new Intl.Collator('zh-CN');

/** All units with filters, as a flat table or as a tree by parent. The admin adds and edits. */
export function UnitList() {
  const { t, unitKindLabel } = useI18n();
  const user = useSessionUser();
  const canManage = canManageOrg(user.role);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [kind, setKind] = useState<UnitKind>();
  const [search, setSearch] = useState('');
  const [view, setView] = useState<View>('table');
  const [editing, setEditing] = useState<{ unit?: Unit } | null>(null);
  const units = useUnits(includeInactive);

  // The "1+6+8" order by default: leading group, office, bureaus, centres, then hosts.
  const all = useMemo(
    () => [...(units.data ?? [])].sort((a, b) => UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind)),
    [units.data],
  );
  const nameOf = useMemo(() => new Map(all.map((u) => [u.id, u.name])), [all]);
  const matches = (u: Unit) =>
    (!kind || u.kind === kind) && (!search.trim() || u.name.toLowerCase().includes(search.trim().toLowerCase()));
  const rows: UnitTreeRow[] = view === 'tree' ? buildUnitTree(all, matches) : all.filter(matches);

  const columns: TableColumnsType<UnitTreeRow> = [
    {
      title: t('org.unitName'),
      dataIndex: 'name',
      sorter: (a, b) => collator.compare(a.name, b.name),
    },
    {
      title: t('org.unitKind'),
      dataIndex: 'kind',
      width: 140,
      render: (value: UnitKind) => unitKindLabel(value),
      sorter: (a, b) => UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind),
    },
    {
      title: t('org.parentUnit'),
      dataIndex: 'parentId',
      render: (value: number | null) => (value === null ? '' : (nameOf.get(value) ?? '')),
    },
    { title: t('org.divisionCode'), dataIndex: 'divisionCode', width: 120 },
    {
      title: t('common.status'),
      dataIndex: 'active',
      width: 90,
      render: (active: boolean) =>
        active ? <Tag color="green">{t('org.unitStatus.active')}</Tag> : <Tag>{t('org.unitStatus.inactive')}</Tag>,
    },
    {
      title: t('org.userCount'),
      dataIndex: 'userCount',
      width: 90,
      align: 'right',
      sorter: (a, b) => a.userCount - b.userCount,
    },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, unit) => (
        <Button type="link" size="small" onClick={() => setEditing({ unit })}>
          {t('common.edit')}
        </Button>
      ),
    });
  }

  return (
    <Card
      title={t('nav.orgUnits')}
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            {t('org.addUnit')}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('org.searchUnit')}
          aria-label={t('org.searchUnit')}
          style={{ width: 240 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select<UnitKind>
          allowClear
          placeholder={t('org.allKinds')}
          aria-label={t('org.unitKind')}
          style={{ width: 180 }}
          value={kind}
          onChange={setKind}
          options={UNIT_KINDS.map((k) => ({ value: k, label: unitKindLabel(k) }))}
        />
        <Space size="small">
          <Switch checked={includeInactive} onChange={setIncludeInactive} aria-label={t('org.showInactive')} />
          <span>{t('org.showInactive')}</span>
        </Space>
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'table', label: t('org.viewTable') },
            { value: 'tree', label: t('org.viewTree') },
          ]}
        />
      </Space>
      {units.error ? (
        <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Table<UnitTreeRow>
          rowKey="id"
          size="middle"
          loading={units.isFetching}
          columns={columns}
          dataSource={rows}
          // Remount when switching views so the tree opens fully expanded.
          key={view}
          expandable={view === 'tree' ? { defaultExpandAllRows: true } : undefined}
          // The tree shows the whole organisation at once; paging would split families.
          pagination={
            view === 'tree'
              ? false
              : {
                  // A city has a few dozen units: one page usually holds them all.
                  defaultPageSize: 50,
                  pageSizeOptions: [20, 50, 100],
                  showSizeChanger: true,
                  showTotal: (total) => t('common.total', { total }),
                }
          }
          scroll={{ x: 'max-content' }}
        />
      )}
      {canManage ? (
        <UnitFormModal open={editing !== null} unit={editing?.unit} units={all} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}
