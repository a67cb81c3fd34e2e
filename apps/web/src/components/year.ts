export const FIRST_YEAR = 2000;

/** The year in the address (?year=) when it is a whole year in [2000, last], else `fallback`. */
export function yearFromSearch(value: string | undefined, last: number, fallback = last): number {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= FIRST_YEAR && year <= last ? year : fallback;
}

/** Short month names: "1月" … "12月", or "Jan" … "Dec". */
export function monthLabels(lang: 'zh' | 'en'): string[] {
  const format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { month: 'short', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2026, i, 1))));
}

/** "1–6月" / "Jan–Jun", or the month alone when the period is January. */
export function periodLabel(through: number, lang: 'zh' | 'en', range: (to: string) => string): string {
  const names = monthLabels(lang);
  return through <= 1 ? names[0]! : range(names[through - 1]!);
}
