#!/usr/bin/env node
// `npm run api:generate`: writes the server's OpenAPI document and the web's types made from it
// (apps/web/src/api/openapi.json and schema.gen.ts), after any change to a route's schemas.
import fs from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { buildOpenApiDocument, renderWebSchema, webSchemaFiles } = await import(
  '../apps/server/src/openapi/web-schema.ts'
);
const files = await renderWebSchema(await buildOpenApiDocument());
for (const [kind, file] of Object.entries(webSchemaFiles)) {
  fs.writeFileSync(file, files[kind]);
  console.log(`wrote ${file}`);
}
