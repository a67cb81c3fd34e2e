import { Tag, Tooltip } from 'antd';
import { formatDateTime } from '../../../components/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { User } from '../api.ts';
import { userStatus } from '../org-policy.ts';

export function UserStatusTag({ user }: { user: User }) {
  const { t } = useI18n();
  const status = userStatus(user);
  const tag =
    status === 'disabled' ? (
      <Tag color="red">{t('org.userStatus.disabled')}</Tag>
    ) : status === 'locked' ? (
      <Tooltip title={t('org.lockedUntil', { time: formatDateTime(user.lockedUntil) })}>
        <Tag color="orange">{t('org.userStatus.locked')}</Tag>
      </Tooltip>
    ) : (
      <Tag color="green">{t('org.userStatus.active')}</Tag>
    );
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {tag}
      {user.mustChangePassword ? <Tag color="gold">{t('org.mustChangePassword')}</Tag> : null}
    </span>
  );
}
