// Child processes and temp folders of a benchmark, cleaned up however the run ends:
// a benchmark that throws, is interrupted, or exits early must not leave a server behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const children = new Set();
const tempDirs = new Set();

function killGroup(child, signal) {
  try {
    // Detached children lead their own process group: npm → sh → node dies as one.
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {}
  }
}

function cleanUpNow() {
  for (const child of children) killGroup(child, 'SIGKILL');
  children.clear();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

process.on('exit', cleanUpNow);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    cleanUpNow();
    process.exit(130);
  });
}

/** Spawns a child in its own process group and remembers it until it exits. */
export function spawnTracked(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
  children.add(child);
  child.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    });
  });
  // Keep the last output for error messages; never let a full pipe stall the child.
  child.output = '';
  const keep = (chunk) => {
    child.output = (child.output + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

/** Stops a child (SIGTERM, then SIGKILL after timeoutMs); resolves with the milliseconds it took. */
export async function stopChild(child, timeoutMs = 10_000) {
  if (!children.has(child)) return 0;
  const started = performance.now();
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
  await child.exited;
  clearTimeout(timer);
  // The group may still hold grandchildren (npm's sh); make sure they are gone too.
  killGroup(child, 'SIGKILL');
  return performance.now() - started;
}

/** Resolves with the first stdout line matching `pattern`, or rejects when the child exits or time runs out. */
export function waitForLine(child, pattern, timeoutMs) {
  return new Promise((resolve, reject) => {
    let buffer = '';
    const onData = (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop();
      for (const line of lines) {
        if (pattern.test(line)) {
          done();
          resolve(line);
          return;
        }
      }
    };
    const onExit = ({ code, signal }) => {
      done();
      reject(new Error(`process exited (code ${code}, signal ${signal}) before printing ${pattern}:\n${child.output}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${child.output}`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
    };
    child.stdout.on('data', onData);
    child.exited.then(onExit);
  });
}

/** A fresh temp folder, removed when the benchmark process exits. */
export function tempDir(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zs-bench-${label}-`));
  tempDirs.add(dir);
  return dir;
}

export function removeTempDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
