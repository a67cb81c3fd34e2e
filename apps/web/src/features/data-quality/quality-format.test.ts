import { describe, expect, it } from 'vitest';
import { featureMessages } from '../../i18n/feature-messages.ts';
import { checkTone, KNOWN_NOTES, parseCheck } from './quality-format.ts';

describe('data-quality helpers', () => {
  it('reads only known checks from the URL', () => {
    expect(parseCheck('outliers')).toBe('outliers');
    expect(parseCheck('dropTables')).toBeUndefined();
    expect(parseCheck(undefined)).toBeUndefined();
  });

  it('shows zero findings as good news', () => {
    expect(checkTone(0)).toBe('ok');
    expect(checkTone(3)).toBe('attention');
  });

  it('translates the server note it knows, word for word', () => {
    for (const [text, key] of Object.entries(KNOWN_NOTES)) expect(featureMessages.zh[key]).toBe(text);
  });
});
