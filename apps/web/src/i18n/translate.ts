import { en } from './en.ts';
import { currentLanguage, type Lang } from './language.ts';
import { type MessageKey, zh } from './zh.ts';

export type TranslateVars = Record<string, string | number>;

// The core messages come with the first page; the business areas add theirs with the shell.
const catalogues: Record<Lang, Record<string, string>> = { zh: { ...zh }, en: { ...en } };

/** Adds a part of the catalogue (see feature-messages.ts). */
export function addMessages(part: Record<Lang, Record<string, string>>): void {
  Object.assign(catalogues.zh, part.zh);
  Object.assign(catalogues.en, part.en);
}

function fill(template: string, vars?: TranslateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(lang: Lang, key: MessageKey, vars?: TranslateVars): string {
  return fill(catalogues[lang][key] ?? key, vars);
}

/** For keys built at run time (audit actions): undefined when the catalogue lacks the key. */
export function translateIfKnown(lang: Lang, key: string, vars?: TranslateVars): string | undefined {
  const catalogue = catalogues[lang];
  return Object.hasOwn(catalogue, key) ? fill(catalogue[key]!, vars) : undefined;
}

/** Outside React (the API client) the current language is used. */
export function translateNow(key: MessageKey, vars?: TranslateVars): string {
  return translate(currentLanguage(), key, vars);
}
