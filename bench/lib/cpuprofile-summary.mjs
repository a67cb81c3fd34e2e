// Self time of a V8 .cpuprofile by package (or file) and by function, to see what dominates.
//   BENCH_TARGET_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" node bench/read-throughput.mjs
//   node bench/lib/cpuprofile-summary.mjs /tmp/prof/CPU.*.cpuprofile
import fs from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/lib/cpuprofile-summary.mjs FILE.cpuprofile');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  selfTime.set(id, (selfTime.get(id) ?? 0) + profile.timeDeltas[i]);
  total += profile.timeDeltas[i];
});

const byPackage = new Map();
const byFunction = new Map();
const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t);
for (const [id, t] of selfTime) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const short = url
    .replace(/^file:\/\/\/.*?node_modules\//, '')
    .replace(/^file:\/\/\/.*?\/(apps|packages|bench)\//, '$1/');
  add(byPackage, url.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1] ?? (short || functionName), t);
  add(byFunction, `${functionName || '(anonymous)'} ${short}:${lineNumber}`, t);
}
const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(
  `${(total / 1e6).toFixed(1)} s sampled\n--- by package or file\n${top(byPackage, 20)}\n--- by function\n${top(byFunction, 25)}`,
);
