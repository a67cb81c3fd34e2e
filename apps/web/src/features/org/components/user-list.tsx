import { PlusOutlined } from '@ant-design/icons';
import type { Role } from '@zhaoshang/shared';
import { App, Button, Card, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../components/format.ts';
import { PagedTable, usePagedSearch } from '../../../components/paged-table.tsx';
import { useListChangeError } from '../../../components/stale-save.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { useSessionUser } from '../../auth/hooks/use-session-user.ts';
import type { User, UserSort, UserStatus } from '../api.ts';
import { useUnlockUser, useUpdateUser, useUsers } from '../api.ts';
import { canManageOrg } from '../org-policy.ts';
import { ResetPasswordModal } from './reset-password-modal.tsx';
import { SecondmentDrawer } from './secondment-drawer.tsx';
import { UserFilters } from './user-filters.tsx';
import { UserFormModal } from './user-form-modal.tsx';
import { type UserAction, UserRowActions } from './user-row-actions.tsx';
import { UserStatusTag } from './user-status-tag.tsx';

const FILTER_KEYS = ['q', 'unitId', 'role', 'status'] as const;
const SORTABLE = ['username', 'lastLoginAt', 'createdAt'] as const;

/** The server-paged list of users; filters, sort and page live in the URL. */
export function UserList() {
  const { t, roleLabel } = useI18n();
  const me = useSessionUser();
  const canManage = canManageOrg(me.role);
  const { message, modal } = App.useApp();
  const handleError = useListChangeError();
  const { filters: state, paging, setFilters, setPaging } = usePagedSearch(FILTER_KEYS);
  const [form, setForm] = useState<{ user?: User } | null>(null);
  const [resetting, setResetting] = useState<User>();
  const [seconding, setSeconding] = useState<User>();
  const update = useUpdateUser();
  const unlock = useUnlockUser();

  const sort = paging.sort as UserSort | undefined;
  const filters = {
    q: state.q,
    unitId: state.unitId ? Number(state.unitId) : undefined,
    role: state.role as Role | undefined,
    status: state.status as UserStatus | undefined,
  };
  const users = useUsers({ ...filters, page: paging.page, pageSize: paging.pageSize, sort });
  // The drawer follows the list, so a new secondment shows up in its header too.
  const drawerUser = seconding && (users.data?.items.find((u) => u.id === seconding.id) ?? seconding);

  const onAction = (action: UserAction, user: User) => {
    if (action === 'edit') setForm({ user });
    if (action === 'secondments') setSeconding(user);
    if (action === 'resetPassword') setResetting(user);
    if (action === 'unlock') {
      unlock.mutate(user.id, {
        onSuccess: () => message.success(t('org.unlocked', { name: user.displayName })),
        onError: (error) => handleError(error),
      });
    }
    if (action === 'enable') {
      update.mutate(
        { id: user.id, patch: { version: user.version, disabled: false } },
        {
          onSuccess: () => message.success(t('org.enabled', { name: user.displayName })),
          onError: (error) => handleError(error),
        },
      );
    }
    if (action === 'disable') {
      modal.confirm({
        title: t('org.disableTitle', { name: user.displayName }),
        content: t('org.disableHint'),
        okText: t('org.disable'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () =>
          update
            .mutateAsync({ id: user.id, patch: { version: user.version, disabled: true } })
            .then(() => void message.success(t('org.disabled', { name: user.displayName })))
            .catch((error: unknown) => handleError(error)),
      });
    }
  };

  const sortOrder = (field: (typeof SORTABLE)[number]) =>
    sort === field ? ('ascend' as const) : sort === `-${field}` ? ('descend' as const) : null;

  const columns: TableColumnsType<User> = [
    { title: t('org.username'), dataIndex: 'username', sorter: true, sortOrder: sortOrder('username') },
    { title: t('org.displayName'), dataIndex: 'displayName' },
    { title: t('org.role'), dataIndex: 'role', render: (role: Role) => roleLabel(role) },
    {
      title: t('org.unit'),
      key: 'unit',
      render: (_, user) => (
        <>
          {user.unit.name}
          {user.unit.id !== user.homeUnit.id ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('org.secondedFrom', { unit: user.homeUnit.name })}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('common.status'), key: 'status', render: (_, user) => <UserStatusTag user={user} /> },
    {
      title: t('org.lastLogin'),
      dataIndex: 'lastLoginAt',
      sorter: true,
      sortOrder: sortOrder('lastLoginAt'),
      render: (at: string | null) =>
        at ? formatDateTime(at) : <Typography.Text type="secondary">{t('org.neverLoggedIn')}</Typography.Text>,
    },
    {
      title: t('org.createdAt'),
      dataIndex: 'createdAt',
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, user) => (
        <UserRowActions user={user} canManage={canManage} isSelf={user.id === me.id} onAction={onAction} />
      ),
    },
  ];

  return (
    <Card
      title={t('nav.orgUsers')}
      extra={
        canManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({})}>
            {t('org.addUser')}
          </Button>
        ) : null
      }
    >
      <UserFilters values={filters} onChange={setFilters} />
      <PagedTable<User> rowKey="id" columns={columns} query={users} paging={paging} onPaging={setPaging} />
      {canManage ? (
        <>
          <UserFormModal open={form !== null} user={form?.user} onClose={() => setForm(null)} />
          <ResetPasswordModal user={resetting} onClose={() => setResetting(undefined)} />
        </>
      ) : null}
      <SecondmentDrawer user={drawerUser} canManage={canManage} onClose={() => setSeconding(undefined)} />
    </Card>
  );
}
