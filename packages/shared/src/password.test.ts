import { describe, expect, it } from 'vitest';
import { checkPassword } from './password.ts';

describe('password policy (等保 2.0 level 3)', () => {
  it.each([
    ['Abcdefgh1#', []],
    ['abcdefgh12', ['too_few_classes']],
    ['Abcdefgh12', []],
    ['abcdefgh#1', []],
    ['Abc#12345', ['too_short']],
    ['ABCDEFGHIJ', ['too_few_classes']],
    ['short', ['too_short', 'too_few_classes']],
    ['Zhang.wei#2026', ['contains_username']],
    ['ZHANG.WEI#2026x', ['contains_username']],
    ['密码很长很长很长很长Aa', []],
    [`Aa1#${'x'.repeat(130)}`, ['too_long']],
  ])('%s → %j', (password, problems) => {
    expect(checkPassword(password, 'zhang.wei')).toEqual(problems);
  });

  it('counts characters, not UTF-16 units: ten Chinese characters are ten', () => {
    expect(checkPassword('招商引资协同平台a1', '')).toEqual([]);
    expect(checkPassword('招商引资平台a1', '')).toEqual(['too_short']);
  });
});
