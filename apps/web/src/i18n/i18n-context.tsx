import {
  type Message,
  PASSWORD_PROBLEM_LABELS,
  type PasswordProblem,
  ROLE_LABELS,
  type Role,
  renderMessage,
  UNIT_KIND_LABELS,
  type UnitKind,
} from '@zhaoshang/shared';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { currentLanguage, type Lang, storeLanguage } from './language.ts';
import { type TranslateVars, translate, translateIfKnown } from './translate.ts';
import type { MessageKey } from './zh.ts';

export type I18n = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: TranslateVars) => string;
  /** Translates a key built at run time, or returns undefined when it is unknown. */
  tMaybe: (key: string, vars?: TranslateVars) => string | undefined;
  unitKindLabel: (kind: UnitKind) => string;
  roleLabel: (role: Role) => string;
  passwordProblemLabel: (problem: PasswordProblem) => string;
  /**
   * A message of the shared catalogue (a shared rule's code + params) in the page's language;
   * a string is a message the server already worded for this language and is shown as is.
   */
  messageText: (message: Message | string) => string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(currentLanguage);

  const setLang = useCallback((next: Lang) => {
    storeLanguage(next);
    setLangState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'app.name');
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      tMaybe: (key, vars) => translateIfKnown(lang, key, vars),
      // Unknown values (a newer server) fall back to the raw code rather than crashing.
      unitKindLabel: (kind) => UNIT_KIND_LABELS[kind]?.[lang] ?? kind,
      roleLabel: (role) => ROLE_LABELS[role]?.[lang] ?? role,
      passwordProblemLabel: (problem) => PASSWORD_PROBLEM_LABELS[problem]?.[lang] ?? problem,
      messageText: (message) => (typeof message === 'string' ? message : renderMessage(lang, message)),
    }),
    [lang, setLang],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
