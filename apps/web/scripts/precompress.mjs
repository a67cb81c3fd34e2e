#!/usr/bin/env node
// Writes .br and .gz next to every text asset of the build, so the server sends them
// compressed without spending CPU per request (the server's static handler picks them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
let raw = 0;
let gz = 0;
for (const entry of fs.readdirSync(dist, { recursive: true })) {
  const file = path.join(dist, String(entry));
  if (!/\.(js|css|html|svg|json)$/.test(file) || !fs.statSync(file).isFile()) continue;
  const body = fs.readFileSync(file);
  const gzipped = zlib.gzipSync(body, { level: 9 });
  fs.writeFileSync(`${file}.gz`, gzipped);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  raw += body.length;
  gz += gzipped.length;
}
console.log(`precompressed: ${(raw / 1024).toFixed(0)} kB → ${(gz / 1024).toFixed(0)} kB gzip`);
