import { describe, expect, it } from 'vitest';
import { stageLabel } from './project-format.ts';

describe('stageLabel', () => {
  it('names stages in either language and shows unknown ones as their code', () => {
    expect(stageLabel('ready', 'zh')).toBe('达到开工条件');
    expect(stageLabel('intent', 'en')).toBe('Intent');
    expect(stageLabel('demolished', 'zh')).toBe('demolished');
  });
});
