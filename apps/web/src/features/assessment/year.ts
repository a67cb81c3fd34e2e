export const FIRST_YEAR = 2000;

/** The year in the address (?year=) when it is a whole year in [2000, last], else `fallback`. */
export function yearFromSearch(value: string | undefined, last: number, fallback = last): number {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= FIRST_YEAR && year <= last ? year : fallback;
}
