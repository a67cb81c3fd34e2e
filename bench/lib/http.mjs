// A small HTTP client and a bounded load generator (keep-alive, fixed concurrency), so the
// benchmarks need no load-testing dependency. Traffic goes to 127.0.0.1 only.
import http from 'node:http';

export const LOCALHOST = '127.0.0.1';

export function keepAliveAgent(maxSockets = 64) {
  return new http.Agent({ keepAlive: true, maxSockets });
}

/** One request; resolves with status, headers, body (Buffer) and the round trip in ms. */
export function request(
  port,
  { method = 'GET', path = '/', headers = {}, body, agent = false, timeoutMs = 30_000 } = {},
) {
  const payload = body === undefined ? undefined : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const allHeaders = { ...headers };
  if (payload) {
    allHeaders['content-type'] ??= 'application/json';
    allHeaders['content-length'] = payload.length;
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request({ host: LOCALHOST, port, method, path, headers: allHeaders, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        }),
      );
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${path}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

export function json(response) {
  return JSON.parse(response.body.toString('utf8'));
}

/** Polls until `check()` returns a truthy value; resolves with it. */
export async function until(check, { timeoutMs, intervalMs = 25, what }) {
  const deadline = performance.now() + timeoutMs;
  let lastError;
  while (performance.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${what}: not ready within ${timeoutMs} ms${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

/** The value at quantile q (0..1) of sorted numbers, nearest-rank. */
export function quantile(sorted, q) {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarise(samplesMs) {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return {
    n: sorted.length,
    min: sorted[0],
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1],
    mean,
  };
}

/**
 * Keeps `concurrency` requests in flight for `durationMs` (and at most `maxRequests`),
 * each worker sending its next request as soon as the previous one is answered.
 * Only 2xx answers count as successes; anything else is an error and is reported.
 */
export async function runLoad({ port, path, headers = {}, durationMs, concurrency, maxRequests = 5_000_000 }) {
  const agent = keepAliveAgent(concurrency);
  const latencies = [];
  const statuses = {};
  let issued = 0;
  let errors = 0;
  let firstError;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline && issued < maxRequests) {
      issued++;
      try {
        const res = await request(port, { path, headers, agent });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status >= 200 && res.status < 300) {
          latencies.push(res.ms);
          bytes += res.body.length;
        } else {
          errors++;
          firstError ??= `${res.status} ${res.body.toString('utf8').slice(0, 200)}`;
        }
      } catch (e) {
        errors++;
        firstError ??= e.message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return {
    path,
    concurrency,
    elapsedMs,
    ok: latencies.length,
    errors,
    firstError,
    statuses,
    requestsPerSecond: latencies.length / (elapsedMs / 1000),
    bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : 0,
    latencyMs: summarise(latencies),
  };
}

/**
 * Open-loop load: sends request `i` at `started + i / rate` whether or not earlier ones were
 * answered (a slow server does not slow the sender down), for `durationMs`. `make(i)` gives the
 * request's options. Latency is counted from the request's scheduled time, so queueing behind a
 * late answer shows in the figures (no coordinated omission). Only 2xx answers count as successes.
 */
export async function runFixedRate({ port, rate, durationMs, make, maxSockets = 256 }) {
  const agent = keepAliveAgent(maxSockets);
  const latencies = [];
  const statuses = {};
  let errors = 0;
  let firstError;
  const total = Math.floor((rate * durationMs) / 1000);
  const started = performance.now();
  const inFlight = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(
      request(port, { ...make(i), agent }).then(
        (res) => {
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status >= 200 && res.status < 300) latencies.push(performance.now() - due);
          else {
            errors++;
            firstError ??= `${res.status} ${res.body.toString('utf8').slice(0, 200)}`;
          }
        },
        (e) => {
          errors++;
          firstError ??= e.message;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return {
    rate,
    sent: total,
    elapsedMs,
    ok: latencies.length,
    errors,
    firstError,
    statuses,
    achievedPerSecond: latencies.length / (elapsedMs / 1000),
    latencyMs: summarise(latencies),
  };
}
