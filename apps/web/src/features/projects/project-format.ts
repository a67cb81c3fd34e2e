import { PROJECT_STAGE_LABELS, wanToYuan } from '@zhaoshang/shared';
import { scaledDecimal } from '../../components/figures.ts';
import type { Lang } from '../../i18n/language.ts';

/**
 * A 万元 amount in the larger unit people say aloud: 亿元 in Chinese, million or billion
 * yuan in English; undefined below 1 亿元, where 万元 already reads well.
 */
export function largeAmount(wan: string, lang: 'zh' | 'en'): string | undefined {
  const yuan = wanToYuan(wan);
  if (yuan < 100_000_000n) return undefined;
  if (lang === 'zh') return `${scaledDecimal(yuan, 8, 2)} 亿元`;
  return yuan >= 1_000_000_000n
    ? `${scaledDecimal(yuan, 9, 2)} billion yuan`
    : `${scaledDecimal(yuan, 6, 1)} million yuan`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The first 12 hex digits of a SHA-256: enough to compare two files by eye. */
export const shortSha = (sha256: string) => sha256.slice(0, 12);

/**
 * A PostgreSQL timestamptz as text ("2026-05-01 10:22:33.123456+00") in ISO form, which
 * every browser parses; anything else is returned unchanged.
 */
export function isoOf(pgText: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?([+-]\d{2})(?::?(\d{2}))?$/.exec(pgText);
  if (!m) return pgText;
  const fraction = m[3] ? m[3].slice(0, 4).padEnd(4, '0') : '';
  return `${m[1]}T${m[2]}${fraction}${m[4]}:${m[5] ?? '00'}`;
}

/** A stage's name in the user's language; an unknown stage (a newer server) shows as its code. */
export function stageLabel(stage: string, lang: Lang): string {
  return PROJECT_STAGE_LABELS[stage as keyof typeof PROJECT_STAGE_LABELS]?.[lang] ?? stage;
}
