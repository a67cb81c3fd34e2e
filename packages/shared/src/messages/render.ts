/**
 * Rendering of catalogue messages: `{name}` placeholders (ICU-lite), filled from params.
 * A param may itself be a message (a stage's label inside a stage problem) or a list of
 * messages, rendered in the same language and joined the language's way.
 */
export type Lang = 'zh' | 'en';

/** Sentences joined the language's way (；or ; ), where a list joins words (、 or , ). */
export type Sentences = { sentences: readonly Message[] };

export type MessageParam = string | number | Message | readonly Message[] | Sentences;
export type MessageParams = Readonly<Record<string, MessageParam>>;

/** A message as code + params: what shared rules, services and stored notifications carry. */
export type Message = { code: string; params?: MessageParams };

export type Catalogue = Readonly<Record<string, { readonly zh: string; readonly en: string }>>;

const LIST_SEPARATOR: Record<Lang, string> = { zh: '、', en: ', ' };
const SENTENCE_SEPARATOR: Record<Lang, string> = { zh: '；', en: '; ' };

/** The placeholders of a template, sorted: `{a} and {b}` → ['a', 'b']. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Object.keys(value).every((k) => k === 'code' || k === 'params')
  );
}

/** Fills a template; an unknown placeholder stays as written so a missing param shows. */
export function fillTemplate(
  catalogue: Catalogue,
  lang: Lang,
  template: string,
  params: MessageParams | undefined,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name]!;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    if (Array.isArray(value))
      return (value as readonly Message[]).map((m) => renderWith(catalogue, lang, m)).join(LIST_SEPARATOR[lang]);
    if ('sentences' in (value as object))
      return (value as Sentences).sentences.map((m) => renderWith(catalogue, lang, m)).join(SENTENCE_SEPARATOR[lang]);
    return renderWith(catalogue, lang, value as Message);
  });
}

/** A message in a language; a code the catalogue lacks (a newer server) is shown as the code. */
export function renderWith(catalogue: Catalogue, lang: Lang, message: Message): string {
  const entry = Object.hasOwn(catalogue, message.code) ? catalogue[message.code] : undefined;
  if (!entry) return message.code;
  return fillTemplate(catalogue, lang, entry[lang], message.params);
}
