import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';

/** A JSON schema as the OpenAPI document carries it (what these generators read of it). */
export type JsonSchema = {
  type?: string;
  enum?: unknown[];
  nullable?: boolean;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

type Parameter = { in: 'path' | 'query'; name: string; required?: boolean; schema: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
};

/** One route of the document: method, path and what it takes. */
export type ApiRoute = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  key: string;
  pathParams: Parameter[];
  query: Parameter[];
  body: JsonSchema | undefined;
  /** Whether the route takes an uploaded file as its body (imports, evidence): not described by a schema. */
  takesFile: boolean;
};

export async function openApiRoutes(app: FastifyInstance): Promise<ApiRoute[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([m, op]) => {
      const method = m.toUpperCase() as ApiRoute['method'];
      const params = op.parameters ?? [];
      const body = op.requestBody?.content?.['application/json']?.schema;
      return {
        method,
        path,
        key: `${method} ${path}`,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        body,
        takesFile: method === 'POST' && !body && (/\/imports\/|\/import$|\/evidence$/.test(path) as boolean),
      };
    }),
  );
}

const DATE = '2021-06-30';

/** A value the schema accepts, as plain as can be; names ending like dates, amounts or years get one of those. */
export function sampleValue(schema: JsonSchema, name = ''): unknown {
  const variant = schema.anyOf ?? schema.oneOf;
  if (variant) return sampleValue(variant.find((s) => s.type !== 'null') ?? variant[0]!, name);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'object': {
      const props = schema.properties ?? {};
      return Object.fromEntries((schema.required ?? []).map((k) => [k, sampleValue(props[k] ?? {}, k)]));
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(schema.items ?? {}, name));
    case 'integer':
    case 'number': {
      if (/year/i.test(name)) return 2021;
      if (/month/i.test(name)) return 6;
      const min = schema.minimum ?? 1;
      return Math.max(min + (schema.exclusiveMinimum === true ? 1 : 0), Math.min(1, schema.maximum ?? 1));
    }
    case 'boolean':
      return false;
    case 'string':
      return sampleString(schema, name);
    default:
      return null;
  }
}

function sampleString(schema: JsonSchema, name: string): string {
  if (
    schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$' ||
    /(Date|On)$|^(date|from|to)$|^(start|end|until|due|deadline)/.test(name)
  )
    return DATE;
  if (schema.pattern === '^\\d{6}(\\d{6})?$') return '320000';
  if (schema.pattern === '^[A-T](\\d{2})?$') return 'C';
  if (schema.pattern) return 'abc_1';
  if (/wan$|amount|usd/i.test(name)) return '100';
  if (/year$/i.test(name)) return '2021';
  const text = '测试内容';
  return text.padEnd(schema.minLength ?? 1, '测').slice(0, schema.maxLength ?? text.length);
}

/** The URL of a request: path parameters from `ids` (or a sample), required query parameters sampled, `query` on top. */
export function requestUrl(route: ApiRoute, ids: Record<string, unknown> = {}, query: Record<string, unknown> = {}) {
  let url = route.path;
  for (const p of route.pathParams) {
    url = url.replace(`{${p.name}}`, encodeURIComponent(String(ids[p.name] ?? sampleValue(p.schema, p.name))));
  }
  const q = new URLSearchParams();
  for (const p of route.query) if (p.required) q.set(p.name, String(sampleValue(p.schema, p.name)));
  for (const [k, v] of Object.entries(query)) q.set(k, String(v));
  const s = q.toString();
  return s ? `${url}?${s}` : url;
}

// ---------------------------------------------------------------------------------------------
// Fuzzing: values a schema should refuse, and odd ones it may accept.

/** The seed's defacement: the gambling spam injected where the city's name stood. */
export const SPAM = '365体育投注官网-365体育在线【官方网站】';

const nasty = fc.constantFrom(
  '<script>alert(1)</script>',
  `${SPAM}<script>document.cookie</script>`,
  'a\u0000b',
  '\u0000',
  '\u0001\u0002\u0007\b\u001b[31m\u007f',
  '\r\n\t',
  '\u202e\u200b\ufeff',
  // Look-alikes: Cyrillic а, fullwidth letters and digits, a ligature.
  'аdmin',
  'ＡＢＣ１２３',
  'ﬁ',
  '𠮷野家',
  "'; drop table users; --",
  '../../etc/passwd',
  '%00',
  'NaN',
  '-1',
  '1e309',
  '9999-99-99',
  '2021-02-30',
  '0000-01-01',
  '99999-01-01',
  '1'.repeat(400),
  '',
  ' ',
);

const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 63), 1e308, '', [], {}),
  nasty,
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
);

/** A deeply nested value: arrays and objects 50 levels down. */
const deep = fc.constantFrom<unknown>(
  JSON.parse(`${'['.repeat(50)}1${']'.repeat(50)}`),
  JSON.parse(`${'{"a":'.repeat(50)}1${'}'.repeat(50)}`),
);

const huge = fc.constantFrom('x'.repeat(70_000), '测'.repeat(30_000), `${SPAM}`.repeat(2_000));

/** A value for a field of this schema: mostly wrong in type or size, sometimes a valid-looking one. */
export function fuzzValue(schema: JsonSchema, name = '', depth = 0): fc.Arbitrary<unknown> {
  const valid = fc.constant(sampleValue(schema, name));
  const wrong = fc.oneof(anyJson, nasty, deep, huge);
  if (schema.type === 'object' && depth < 3) return fc.oneof(fuzzObject(schema, depth + 1), wrong);
  if (schema.type === 'array' && depth < 3)
    return fc.oneof(fc.array(fuzzValue(schema.items ?? {}, name, depth + 1), { maxLength: 5 }), wrong);
  if (schema.type === 'string')
    return fc.oneof(valid, nasty, huge, anyJson, fc.string({ unit: 'binary', maxLength: 40 }));
  if (schema.type === 'integer' || schema.type === 'number')
    return fc.oneof(valid, fc.integer(), fc.double(), fc.constantFrom(2 ** 31, 2 ** 53, 1e20, -1, 0), anyJson);
  return fc.oneof(valid, wrong);
}

/** An object of the schema: a valid one with one field fuzzed (so the service runs), or every field fuzzed or left out. */
export function fuzzObject(schema: JsonSchema, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.entries(schema.properties ?? {});
  const valid = sampleValue(schema) as Record<string, unknown>;
  const allFuzzed = fc
    .record(
      {
        ...Object.fromEntries(props.map(([k, s]) => [k, fuzzValue(s, k, depth)])),
        __extra: anyJson,
      },
      { requiredKeys: [] },
    )
    .map((o) => {
      const { __extra: extra, ...rest } = o as Record<string, unknown>;
      return extra === undefined ? rest : { ...rest, isAdmin: extra };
    });
  if (!props.length) return allFuzzed;
  const oneFuzzed = fc
    .constantFrom(...props)
    .chain(([k, s]) => fuzzValue(s, k, depth).map((v) => ({ ...valid, [k]: v })));
  return fc.oneof(oneFuzzed, allFuzzed);
}

/** A query string for the route: each parameter fuzzed as text, or left out. */
export function fuzzQuery(route: ApiRoute): fc.Arbitrary<Record<string, string>> {
  const text = fc.oneof(
    nasty,
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom('x'.repeat(5_000), DATE, 'true', '[]', '{}'),
  );
  return fc.record(Object.fromEntries(route.query.map((p) => [p.name, text])), { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, string>
  >;
}
