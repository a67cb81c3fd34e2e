import { BLOCKER_CATEGORY_LABELS, type BlockerCategory } from '@zhaoshang/shared';
import { formatPercent } from '../../components/figures.ts';
import type { Lang } from '../../i18n/language.ts';
import type { TranslateVars } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/zh.ts';
import type { NoticeItem } from './api.ts';

type T = (key: MessageKey, vars?: TranslateVars) => string;
const STEPS = ['acknowledge', 'assess', 'feedback'] as const;

/** What is overdue about an attached item, or the figures it quotes, in the reader's language. */
export function noticeItemDetail(item: NoticeItem, t: T, lang: Lang): string {
  if (item.kind === 'figures') {
    const { figures: now, lastYear } = item;
    return t('notice.figuresDetail', {
      signed: now.signedCount,
      lastSigned: lastYear.signedCount,
      amount: now.signedAmountWan.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN'),
      contract: formatPercent(now.contractRate),
      lastContract: formatPercent(lastYear.contractRate),
      registration: formatPercent(now.registrationRate),
      lastRegistration: formatPercent(lastYear.registrationRate),
      ready: formatPercent(now.readyRate),
      lastReady: formatPercent(lastYear.readyRate),
    });
  }
  if (item.kind === 'lead') {
    const steps = STEPS.filter((s) => item.overdue.includes(s)).map((s) => t(`notice.step.${s}`));
    return t('notice.leadOverdue', { steps: steps.join(lang === 'en' ? ', ' : '、') });
  }
  const category = BLOCKER_CATEGORY_LABELS[item.category as BlockerCategory]?.[lang] ?? item.category;
  return t('notice.blockerOverdue', { category, date: item.dueOn });
}

/** A stable key for an attachable item (a lead and a blocker may share an id). */
export const itemKey = (item: Pick<NoticeItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;
