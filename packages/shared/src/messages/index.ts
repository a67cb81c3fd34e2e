import { CATALOGUE_MESSAGES } from './catalogue.messages.ts';
import { CHAIN_MESSAGES } from './chains.messages.ts';
import { CLI_MESSAGES } from './cli.messages.ts';
import { DOCUMENT_MESSAGES } from './documents.messages.ts';
import { ERROR_MESSAGES } from './errors.messages.ts';
import { EVENT_MESSAGES } from './events.messages.ts';
import { GATE_MESSAGES } from './gate.messages.ts';
import { LABEL_MESSAGES } from './labels.messages.ts';
import { LEDGER_MESSAGES } from './ledgers.messages.ts';
import { OVERSIGHT_MESSAGES } from './oversight.messages.ts';
import { type Catalogue, type Lang, type Message, type MessageParams, renderWith } from './render.ts';
import { ROTATION_MESSAGES } from './rotations.messages.ts';
import { RULE_MESSAGES } from './rules.messages.ts';
import { SERVER_MESSAGES } from './server.messages.ts';
import { VALIDATION_MESSAGES } from './validation.messages.ts';

export {
  isMessage,
  type Lang,
  type Message,
  type MessageParam,
  type MessageParams,
  placeholdersOf,
  type Sentences,
} from './render.ts';

/**
 * The one catalogue of every message the server answers with and the shared rules return, in
 * Chinese and English; the web renders the same codes with it. Parts by subject. The command
 * line's own words (`CLI_MESSAGES`) are apart: the web never shows them, so its first page
 * does not carry them (`commandText`).
 */
export const MESSAGES = {
  ...ERROR_MESSAGES,
  ...LABEL_MESSAGES,
  ...RULE_MESSAGES,
  ...VALIDATION_MESSAGES,
  ...SERVER_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...EVENT_MESSAGES,
  ...CHAIN_MESSAGES,
  ...LEDGER_MESSAGES,
  ...CATALOGUE_MESSAGES,
  ...OVERSIGHT_MESSAGES,
  ...GATE_MESSAGES,
  ...ROTATION_MESSAGES,
} as const satisfies Catalogue;

export type MessageKey = keyof typeof MESSAGES;

/** A key of the command line's words or of the catalogue. */
export type CommandMessageKey = MessageKey | keyof typeof CLI_MESSAGES;

let commandCatalogue: Catalogue | undefined;

/** The command line's catalogue: its own words and every other message (made when first asked for). */
export function commandMessages(): Catalogue {
  commandCatalogue ??= { ...MESSAGES, ...CLI_MESSAGES };
  return commandCatalogue;
}

/** A message of the command line as code + params; rendered by `commandText` only. */
export function commandMsg(code: CommandMessageKey, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}

/** The text of a command-line key (or any catalogue key) in a language. */
export function commandText(lang: Lang, code: CommandMessageKey, params?: MessageParams): string {
  return renderWith(commandMessages(), lang, { code, params });
}

/** A message of the catalogue as code + params (typed key). */
export function msg(code: MessageKey, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}

export function isMessageKey(code: string): code is MessageKey {
  return Object.hasOwn(MESSAGES, code);
}

/** A message in the given language. */
export function renderMessage(lang: Lang, message: Message): string {
  return renderWith(MESSAGES, lang, message);
}

/** Shorthand: the text of a key in a language. */
export function translate(lang: Lang, code: MessageKey, params?: MessageParams): string {
  return renderWith(MESSAGES, lang, { code, params });
}

/** `{zh, en}` of a key, for the label tables the web reads by language. */
export function bilingual(code: MessageKey, params?: MessageParams): { zh: string; en: string } {
  return { zh: translate('zh', code, params), en: translate('en', code, params) };
}

/** A label table `{value: {zh, en}}` from the keys `<prefix>.<value>`. */
export function labelTable<V extends string>(
  prefix: string,
  values: readonly V[],
  params?: MessageParams,
): Record<V, { zh: string; en: string }> {
  return Object.fromEntries(values.map((v) => [v, bilingual(`${prefix}.${v}` as MessageKey, params)])) as Record<
    V,
    { zh: string; en: string }
  >;
}
