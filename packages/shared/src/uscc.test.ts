import { describe, expect, it } from 'vitest';
import { checkUscc, normaliseUscc, orgCodeCheckCharacter, usccCheckCharacter } from './uscc.ts';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each(['914403001922038216', '91350100M000100Y43'])('accepts the published code %s', (code) => {
    expect(checkUscc(code)).toBeNull();
  });

  it('computes both check characters of a published code', () => {
    expect(orgCodeCheckCharacter('19220382')).toBe('1');
    expect(usccCheckCharacter('91440300192203821')).toBe('6');
    expect(orgCodeCheckCharacter('M000100Y')).toBe('4');
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it.each([
    ['91440300192203821', 'length'],
    ['9144030019220382166', 'length'],
    ['91440300192203821I', 'charset'],
    ['9144030019220382O6', 'charset'],
    ['914403001922038226', 'org_code_check'],
    ['914403001922038217', 'check_character'],
    ['924403001922038216', 'check_character'],
  ])('refuses %s: %s', (code, problem) => {
    expect(checkUscc(code)).toBe(problem);
  });

  it('reads the code however it was typed: lower case, full width, spaces', () => {
    expect(normaliseUscc(' ９１３５０１００ｍ０００１００ｙ４３ ')).toBe('91350100M000100Y43');
    expect(checkUscc('91350100m000100y43')).toBeNull();
    expect(checkUscc('9135 0100 M000 100Y 43')).toBeNull();
  });
});
