/**
 * The one text form of a JSON value that every sealed hash covers (the audit trail's SM3 chain,
 * a published bulletin's SM3 seal). A value read back from jsonb must give the same text as the
 * value that was sealed, yet jsonb reorders object keys, so:
 *
 * - object keys sorted by UTF-16 code unit at every depth, no whitespace;
 * - an object member whose value is undefined is left out; undefined elsewhere (top level, in an
 *   array) is `null`, as JSON.stringify and jsonb store it;
 * - strings and numbers as JSON.stringify writes them (shortest round-trip decimal, `1e+21`;
 *   `-0` is `0`; NaN and ±Infinity are `null`, which is what jsonb would hold);
 * - a Date is its ISO-8601 UTC string with milliseconds (`"2021-08-31T01:02:03.456Z"`);
 * - a bigint is its decimal digits as a string (`"2530000000"`), the form yuan take in jsonb here.
 *
 * Seals made before this function existed used two copies of it that agree with it on every
 * value jsonb can hold; canonical-json.test.ts holds it to seals made then.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  // Functions and symbols have no JSON form; JSON.stringify would drop them silently.
  if (typeof value === 'function' || typeof value === 'symbol')
    throw new TypeError(`no JSON form for a ${typeof value}`);
  return JSON.stringify(value);
}
