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

  it('word a unit’s figures beside last year’s, a rate with no projects behind it as a dash', () => {
    const figures = {
      kind: 'figures' as const,
      id: 2026,
      name: '2026-01-01 ~ 2026-12-07',
      figures: { signedCount: 2, signedAmountWan: 200000, contractRate: 0.5, registrationRate: 0, readyRate: 0 },
      lastYear: { signedCount: 0, signedAmountWan: 0, contractRate: null, registrationRate: null, readyRate: null },
    };
    expect(noticeItemDetail(figures, (k, v) => translate('zh', k, v), 'zh')).toBe(
      '本单位承载签约 2 个（去年同期 0 个），协议投资 200,000 万元；合同率 50.0%（去年同期 —），注册率 0.0%（—），开工准备率 0.0%（—）',
    );
    expect(noticeItemDetail(figures, (k, v) => translate('en', k, v), 'en')).toBe(
      'Hosts 2 signed projects (0 a year before), 200,000 (10k yuan) agreed; contract rate 50.0% (— a year before), registration rate 0.0% (—), ready-to-start rate 0.0% (—)',
    );
  });
});
