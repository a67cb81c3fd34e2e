// Where a service call's time goes, statement by statement: records every SQL statement the
// process sends while `fn` runs (text, parameters, round-trip milliseconds), then replays
// chosen SELECTs under EXPLAIN (ANALYZE, BUFFERS). Patches node-postgres's Client.query (and,
// on PGlite, the instance's query) only for the duration of the call.
import pg from 'pg';

function textOf(config) {
  return typeof config === 'string' ? config : config?.text;
}

/** Runs fn() and returns { result, statements: [{ text, values, ms }] } (PostgreSQL or PGlite). */
export async function captureStatements(database, fn) {
  const statements = [];
  if (database.kind === 'pg') {
    const proto = pg.Client.prototype;
    const original = proto.query;
    proto.query = function (config, values, callback) {
      const text = textOf(config);
      if (!text) return original.call(this, config, values, callback);
      const rec = { text, values: Array.isArray(values) ? values : (config?.values ?? []), ms: 0 };
      statements.push(rec);
      const t0 = performance.now();
      const done = () => (rec.ms = performance.now() - t0);
      const cb = typeof values === 'function' ? values : callback;
      if (typeof cb === 'function') {
        const wrapped = (err, res) => {
          done();
          cb(err, res);
        };
        return typeof values === 'function'
          ? original.call(this, config, wrapped)
          : original.call(this, config, values, wrapped);
      }
      const r = original.call(this, config, values, callback);
      if (r && typeof r.then === 'function') r.then(done, done);
      return r;
    };
    try {
      return { result: await fn(), statements };
    } finally {
      proto.query = original;
    }
  }
  // PGlite: the instance's query, and the query of every transaction it opens.
  const client = database.pglite;
  const wrap = (target, original) => async (text, params, opts) => {
    const rec = { text, values: params ?? [], ms: 0 };
    statements.push(rec);
    const t0 = performance.now();
    try {
      return await original.call(target, text, params, opts);
    } finally {
      rec.ms = performance.now() - t0;
    }
  };
  const originalQuery = client.query;
  const originalTransaction = client.transaction;
  client.query = wrap(client, originalQuery);
  client.transaction = function (callback) {
    return originalTransaction.call(this, (tx) => {
      tx.query = wrap(tx, tx.query);
      return callback(tx);
    });
  };
  try {
    return { result: await fn(), statements };
  } finally {
    client.query = originalQuery;
    client.transaction = originalTransaction;
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of a recorded statement; returns the plan as lines. */
export async function explainStatement(database, statement, { databaseUrl } = {}) {
  const text = `explain (analyze, buffers) ${statement.text}`;
  if (database.kind === 'pg') {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query(text, statement.values);
      return rows.map((r) => r['QUERY PLAN']);
    } finally {
      await client.end();
    }
  }
  const { rows } = await database.pglite.query(text, statement.values);
  return rows.map((r) => r['QUERY PLAN']);
}

/** The short form of a statement for a table: its first 110 characters on one line. */
export const shortSql = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 110);
