import { en } from './en.ts';
import { currentLanguage, type Lang } from './language.ts';
import { type MessageKey, zh } from './zh.ts';

export type TranslateVars = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

function fill(template: string, vars?: TranslateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(lang: Lang, key: MessageKey, vars?: TranslateVars): string {
  return fill(catalogues[lang][key], vars);
}

/** For keys built at run time (audit actions): undefined when the catalogue lacks the key. */
export function translateIfKnown(lang: Lang, key: string, vars?: TranslateVars): string | undefined {
  const catalogue: Record<string, string> = catalogues[lang];
  return Object.hasOwn(catalogue, key) ? fill(catalogue[key], vars) : undefined;
}

/** Outside React (the API client) the current language is used. */
export function translateNow(key: MessageKey, vars?: TranslateVars): string {
  return translate(currentLanguage(), key, vars);
}
