import { Button, Space } from 'antd';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { userStatus } from '../org-policy.ts';
import type { User } from '../types.ts';

export type UserAction = 'edit' | 'secondments' | 'resetPassword' | 'disable' | 'enable' | 'unlock';

/** The links in a user's row. Read-only viewers only see the secondment history. */
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
  const link = (action: UserAction, label: string, danger = false) => (
    <Button key={action} type="link" size="small" danger={danger} style={{ padding: 0 }} onClick={() => onAction(action, user)}>
      {label}
    </Button>
  );
  if (!canManage) return link('secondments', t('org.secondments'));
  const status = userStatus(user);
  return (
    <Space size={12} wrap={false}>
      {link('edit', t('common.edit'))}
      {link('secondments', t('org.secondments'))}
      {link('resetPassword', t('org.resetPassword'))}
      {status === 'locked' ? link('unlock', t('org.unlock')) : null}
      {/* An administrator cannot lock themselves out by disabling their own account. */}
      {isSelf ? null : user.disabled ? link('enable', t('org.enable')) : link('disable', t('org.disable'), true)}
    </Space>
  );
}
