/// <reference types="node" />
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en as coreEn } from './en.ts';
import { featureMessages } from './feature-messages.ts';
import { translate } from './translate.ts';
import { zh as coreZh } from './zh.ts';

const zh = { ...coreZh, ...featureMessages.zh };
const en = { ...coreEn, ...featureMessages.en };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty or blank strings', () => {
    for (const catalogue of [zh, en]) {
      const blank = Object.entries(catalogue).filter(([, text]) => text.trim() === '');
      expect(blank).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const differing = (Object.keys(zh) as (keyof typeof zh)[]).filter(
      (key) => placeholders(zh[key]).join() !== placeholders(en[key]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('labels every audit action and entity the server writes', () => {
    // Read the server's own source, so a new action without a label fails here.
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../server/src');
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const source = files.map((f) => fs.readFileSync(path.join(root, f), 'utf8')).join('\n');
    const actions = new Set([...source.matchAll(/action: '([a-zA-Z_]+\.[a-zA-Z_.]+)'/g)].map((m) => m[1]!));
    for (const step of ['acknowledge', 'assess', 'feedback', 'drop']) actions.add(`lead.${step}`);
    const entities = new Set([...source.matchAll(/entityType: '([a-z_]+)'/g)].map((m) => m[1]!));
    expect(actions.size).toBeGreaterThan(50);
    expect([...actions].filter((a) => !(`audit.action.${a}` in zh))).toEqual([]);
    expect([...entities].filter((e) => !(`audit.entity.${e}` in zh))).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(translate('zh', 'common.total', { total: 42 })).toBe('共 42 条');
    expect(translate('en', 'home.welcome', { name: '<script>alert(1)</script>' })).toBe(
      'Welcome, <script>alert(1)</script>',
    );
    expect(translate('en', 'home.welcome')).toBe('Welcome, {name}');
  });
});
