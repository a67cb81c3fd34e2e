import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps, Space } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { User } from '../api.ts';
import { userStatus } from '../org-policy.ts';

export type UserAction = 'edit' | 'secondments' | 'resetPassword' | 'disable' | 'enable' | 'unlock';

/**
 * The links in a user's row: edit and secondments in view, the account actions under
 * "more". Read-only viewers only see the secondment history.
 */
export function UserRowActions({
  user,
  canManage,
  isSelf,
  onAction,
}: {
  user: User;
  canManage: boolean;
  isSelf: boolean;
  onAction: (action: UserAction, user: User) => void;
}) {
  const { t } = useI18n();
  const link = (action: UserAction, label: string) => (
    <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onAction(action, user)}>
      {label}
    </Button>
  );
  if (!canManage) return link('secondments', t('org.secondments'));

  const more: MenuProps['items'] = [{ key: 'resetPassword', label: t('org.resetPassword') }];
  if (userStatus(user) === 'locked') more.push({ key: 'unlock', label: t('org.unlock') });
  // An administrator cannot lock themselves out by disabling their own account.
  if (!isSelf) {
    more.push(
      user.disabled
        ? { key: 'enable', label: t('org.enable') }
        : { key: 'disable', label: t('org.disable'), danger: true },
    );
  }
  return (
    <Space size={12}>
      {link('edit', t('common.edit'))}
      {link('secondments', t('org.secondments'))}
      <Dropdown trigger={['click']} menu={{ items: more, onClick: ({ key }) => onAction(key as UserAction, user) }}>
        <Button type="link" size="small" style={{ padding: 0 }}>
          {t('common.more')} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
