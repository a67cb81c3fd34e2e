import { Tag } from 'antd';
import type { I18n } from '../../../i18n/i18n-context.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { BulletinStatus, BulletinSummary } from '../api.ts';

export function BulletinStatusTag({ status }: { status: BulletinStatus }) {
  const { t } = useI18n();
  return <Tag color={status === 'published' ? 'green' : 'gold'}>{t(`bulletin.status.${status}`)}</Tag>;
}

/** "2021年第1期" once published, "2021年7月" before (the status tag says draft); in the user's language. */
export function bulletinTitle(
  b: Pick<BulletinSummary, 'year' | 'month' | 'issueNumber' | 'status'>,
  t: I18n['t'],
): string {
  return b.status === 'published' && b.issueNumber !== null
    ? t('bulletin.issueTitle', { year: b.year, issue: b.issueNumber })
    : t('bulletin.monthTitle', { year: b.year, month: b.month });
}
