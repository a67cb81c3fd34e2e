import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/factories.ts';
import { renderWebSchema, webSchemaFiles } from './web-schema.ts';

type Operation = { responses?: Record<string, { content?: unknown }> };

let env: TestEnv;
let document: { paths: Record<string, Record<string, Operation>> };
beforeAll(async () => {
  env = await createTestEnv();
  document = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => env.close());

describe('the OpenAPI document', () => {
  it('declares the success answer of every route: a JSON or file body, or 204 with none', () => {
    const undeclared: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        const declared = success.length > 0 && success.every(([status, r]) => r.content || status === '204');
        if (!declared) undeclared.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undeclared, 'routes without a response schema for their success status').toEqual([]);
    expect(Object.keys(document.paths).length).toBeGreaterThan(60);
  });

  it('is what the web was generated from', async () => {
    const fresh = await renderWebSchema(env.app.swagger() as unknown as Record<string, unknown>);
    for (const kind of ['document', 'types'] as const) {
      const committed = fs.existsSync(webSchemaFiles[kind]) ? fs.readFileSync(webSchemaFiles[kind], 'utf8') : '';
      expect(committed === fresh[kind], `${webSchemaFiles[kind]} is out of date: run \`npm run api:generate\``).toBe(
        true,
      );
    }
  });
});
