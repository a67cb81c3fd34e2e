import { describe, expect, it } from 'vitest';
import { formatChange, formatPpChange } from '../../components/figures.ts';
import { featureMessages } from '../../i18n/feature-messages.ts';
import { addMessages, translate } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/zh.ts';

addMessages(featureMessages);
const key = 'dashboard.headline.ppVsLastYear' as MessageKey;

describe('year-on-year on the dashboard', () => {
  it('gives rates in percentage points, as the seed writes 增长3.2个百分点', () => {
    expect(formatPpChange(0.562, 0.53)).toBe('+3.2');
    expect(formatPpChange(0.8, 0.458)).toBe('+34.2');
    expect(formatPpChange(0.5, 0.8)).toBe('-30.0');
    expect(formatPpChange(0.6, 0.6)).toBe('0.0');
    expect(formatPpChange(0.6, null)).toBe('—');
    expect(translate('zh', key, { change: formatPpChange(0.562, 0.53) })).toBe('较去年同期 +3.2 个百分点');
    expect(translate('en', key, { change: formatPpChange(0.562, 0.53) })).toBe('+3.2 pp on the same period last year');
  });

  it('gives amounts and counts in percent', () => {
    expect(formatChange((12 - 10) / 10)).toBe('+20.0%');
    expect(formatChange(48500 / 31617 - 1)).toBe('+53.4%');
  });
});
