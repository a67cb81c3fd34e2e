import { describe, expect, it } from 'vitest';
import { type TranslateVars, translate } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/zh.ts';
import '../../i18n/feature-messages.ts';
import { itemKey, noticeItemDetail } from './notice-format.ts';

describe('notice items', () => {
  it('word what is overdue in both languages', () => {
    const lead = { kind: 'lead' as const, id: 3, name: '甲公司', overdue: ['feedback', 'acknowledge'] };
    const blocker = { kind: 'blocker' as const, id: 3, name: '乙项目', category: 'land', dueOn: '2026-11-30' };
    const zh = (key: MessageKey, vars?: TranslateVars) => translate('zh', key, vars);
    const en = (key: MessageKey, vars?: TranslateVars) => translate('en', key, vars);
    expect(noticeItemDetail(lead, zh, 'zh')).toBe('逾期未确认、反馈');
    expect(noticeItemDetail(lead, en, 'en')).toBe('acknowledge, feedback overdue');
    expect(noticeItemDetail(blocker, zh, 'zh')).toBe('用地问题，办结期限 2026-11-30');
    expect(itemKey(lead)).not.toBe(itemKey(blocker));
  });
});
