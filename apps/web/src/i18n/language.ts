/** The chosen language, kept in localStorage so it survives reloads and logins. */
export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'zhaoshang.lang';

function readStoredLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let current: Lang = typeof localStorage === 'undefined' ? 'zh' : readStoredLanguage();

/** The language in force right now; read by the API client for Accept-Language. */
export function currentLanguage(): Lang {
  return current;
}

export function storeLanguage(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or a full quota: the choice then lasts until the tab closes.
  }
}
