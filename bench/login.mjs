// Login round trip: POST /api/v1/auth/login as seen by a client on the same machine,
// one at a time (the figure: p95 ≤ 300 ms) and four at a time (a morning rush, for the record).
// Also times argon2id verification alone, to show how much of a login it is.
//   node bench/login.mjs [--pg]      (--pg needs BENCH_DATABASE_URL)
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { keepAliveAgent, summarise } from './lib/http.mjs';
import { freePort, removeTempDir, stopChild, tempDir } from './lib/processes.mjs';
import {
  ADMIN_PASSWORD,
  adminSession,
  backendFromArgs,
  backendLabel,
  dropScratchDatabase,
  fmtMs,
  isMain,
  login,
  recreateScratchDatabase,
  startTarget,
  writeResult,
} from './lib/zhaoshang.mjs';

export const LOGIN_P95_LIMIT_MS = 300;
const SEQUENTIAL = Number(process.env.BENCH_LOGINS ?? 100);
const PARALLEL = 4;

/** The product's parameters (apps/server/src/modules/auth/passwords.ts). */
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

async function argon2Alone(samples = 20) {
  const stored = await hash(ADMIN_PASSWORD, ARGON2);
  const times = [];
  for (let i = 0; i < samples; i++) {
    const t = performance.now();
    if (!(await verify(stored, ADMIN_PASSWORD))) throw new Error('argon2 verify failed');
    times.push(performance.now() - t);
  }
  return summarise(times);
}

export async function runLoginBenchmark(backend = { kind: 'pglite' }) {
  const dataDir = tempDir('login');
  const databaseUrl = backend.kind === 'pg' ? await recreateScratchDatabase(backend.adminUrl) : undefined;
  let target;
  try {
    const appPort = await freePort();
    target = await startTarget({
      appPort,
      loginRateLimit: 1_000_000,
      pgliteDir: path.join(dataDir, 'pgdata'),
      databaseUrl,
    });
    await adminSession(appPort);
    const agent = keepAliveAgent(PARALLEL);

    for (let i = 0; i < 5; i++) await login(appPort, 'admin', ADMIN_PASSWORD, agent); // warm-up: JIT, pools, caches
    const sequential = [];
    for (let i = 0; i < SEQUENTIAL; i++) sequential.push((await login(appPort, 'admin', ADMIN_PASSWORD, agent)).ms);

    const parallel = [];
    const perWorker = Math.ceil(SEQUENTIAL / 2 / PARALLEL);
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let i = 0; i < perWorker; i++) parallel.push((await login(appPort, 'admin', ADMIN_PASSWORD, agent)).ms);
      }),
    );
    agent.destroy();

    const one = summarise(sequential);
    return {
      name: 'login',
      backend: backendLabel(backend),
      sequential: one,
      parallel4: summarise(parallel),
      argon2VerifyAlone: await argon2Alone(),
      figures: [
        {
          figure: 'login round trip p95',
          value: one.p95,
          display: fmtMs(one.p95),
          limit: `≤ ${LOGIN_P95_LIMIT_MS} ms`,
          pass: one.p95 <= LOGIN_P95_LIMIT_MS,
        },
      ],
    };
  } finally {
    if (target) await stopChild(target.child);
    removeTempDir(dataDir);
    if (databaseUrl) await dropScratchDatabase(backend.adminUrl);
  }
}

if (isMain(import.meta.url)) {
  const result = await runLoginBenchmark(backendFromArgs());
  const s = result.sequential;
  const p = result.parallel4;
  console.log(
    `login (${result.backend}), ${s.n} sequential: p50 ${fmtMs(s.p50)}  p95 ${fmtMs(s.p95)}  max ${fmtMs(s.max)}`,
  );
  console.log(`  4 in parallel (${p.n}): p50 ${fmtMs(p.p50)}  p95 ${fmtMs(p.p95)}  max ${fmtMs(p.max)}`);
  console.log(`  argon2id verify alone: p50 ${fmtMs(result.argon2VerifyAlone.p50)}`);
  console.log(`  limit p95 ≤ ${LOGIN_P95_LIMIT_MS} ms: ${result.figures[0].pass ? 'PASS' : 'FAIL'}`);
  console.log(`  → ${writeResult(`login-${result.backend.toLowerCase()}`, result)}`);
}
