import fs from 'node:fs';
import path from 'node:path';
import { roleMay } from '@zhaoshang/shared';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/client.ts';
import { resolveSession } from '../modules/auth/auth.service.ts';
import { SESSION_COOKIE } from './session.ts';

/** dist/.vite/manifest.json as Vite writes it: each source's chunk and the chunks it imports. */
type Manifest = Record<string, { file: string; imports?: string[] }>;

/** What a signed-in user opening the app at / sees first, as the web's sources are named. */
const SHELL = ['src/features/shell/components/app-shell.tsx', 'src/pages/home/home-page.tsx'];
const DASHBOARD = [
  'src/features/dashboard/components/dashboard.tsx',
  'src/features/dashboard/components/echart-canvas.tsx',
];

let read: { file: string; mtimeMs: number; manifest: Manifest } | undefined;

/** The build's manifest, read again after a rebuild; undefined when there is none (a development build). */
function manifestOf(webDist: string): Manifest | undefined {
  const file = path.join(webDist, '.vite/manifest.json');
  try {
    const { mtimeMs } = fs.statSync(file);
    if (read?.file !== file || read.mtimeMs !== mtimeMs)
      read = { file, mtimeMs, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest };
    return read.manifest;
  } catch {
    return undefined;
  }
}

/** The chunk files of these sources with all they import, less what the page's own entry loads. */
export function chunksOf(manifest: Manifest, sources: string[]): string[] {
  const walk = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) walk(imported, into);
  };
  const entry = new Set<string>();
  walk('index.html', entry);
  const chunks = new Set<string>();
  for (const source of sources) walk(source, chunks);
  return [...chunks].filter((file) => !entry.has(file));
}

/**
 * The page shell for someone with a live session opening the app at /: besides the entry, the
 * browser is told at once to fetch the session probe, the shell's and the home page's chunks
 * and, when the role has the dashboard, its chunks and this year's data (the web's year: ?year=
 * when it is a whole year up to this one). Otherwise each of these waits for the one before it
 * (entry → session → shell → dashboard → data); the app's own requests are answered from these.
 * Undefined when there is nothing to add (another path, no session, no build manifest).
 */
export async function firstPageLinks(
  database: Database,
  webDist: string,
  req: FastifyRequest,
): Promise<string | undefined> {
  const [pathname, search] = req.url.split('?');
  const token = req.cookies[SESSION_COOKIE];
  if (pathname !== '/' || !token) return undefined;
  const manifest = manifestOf(webDist);
  const session = manifest && (await resolveSession(database, token).catch(() => null));
  if (!manifest || !session) return undefined;
  const data = ['/api/v1/auth/me'];
  const sources = [...SHELL];
  if (!session.me.mustChangePassword && roleMay(session.actor.role, 'dashboard.read')) {
    const thisYear = new Date().getFullYear();
    const asked = Number(new URLSearchParams(search ?? '').get('year'));
    data.push(
      `/api/v1/dashboard?year=${Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear}`,
    );
    sources.push(...DASHBOARD);
  }
  return [
    ...data.map((url) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${url}">`),
    ...chunksOf(manifest, sources).map((file) => `<link rel="modulepreload" href="/${file}">`),
  ].join('');
}
