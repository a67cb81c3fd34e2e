import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { translate } from './translate.ts';
import { zh } from './zh.ts';

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

  it('labels every audit action the server writes', () => {
    const actions = [
      'auth.login',
      'auth.login_failed',
      'auth.logout',
      'auth.password_change',
      'unit.create',
      'unit.update',
      'user.create',
      'user.update',
      'user.disable',
      'user.enable',
      'user.password_reset',
      'user.unlock',
      'secondment.create',
      'audit.export',
      'demo.load',
    ];
    const missing = actions.filter((action) => !(`audit.action.${action}` in zh));
    expect(missing).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(translate('zh', 'common.total', { total: 42 })).toBe('共 42 条');
    expect(translate('en', 'home.welcome', { name: '<script>alert(1)</script>' })).toBe(
      'Welcome, <script>alert(1)</script>',
    );
    expect(translate('en', 'home.welcome')).toBe('Welcome, {name}');
  });
});
