// Profiles one of the measured operations with V8's CPU profiler and says which
// functions dominate, mapped back to src/ through the build's source maps.
//
//   node bench/profile.mjs [--records 1000000] [--seed 1] [--what parse|reconcile|history] [--top 30]
//
// Runs a child with --cpu-prof (profile written under bench/.cache/profiles/, open it
// in Chrome DevTools or speedscope for the flame graph), then prints the top functions
// by self time and by total time (inclusive, each function counted once per stack).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CACHE_DIR, cachedDataset } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const { values: options } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    what: { type: 'string', default: 'parse' },
    top: { type: 'string', default: '30' },
    worker: { type: 'string' },
    file: { type: 'string' },
  },
});

if (options.worker) {
  // In the profiled child: get to the operation, then run it once.
  const library = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
  const text = readFileSync(options.file, 'utf8');
  if (options.worker === 'parse') {
    library.parseDataset(JSON.parse(text));
  } else {
    const dataset = library.parseDataset(JSON.parse(text));
    if (options.worker === 'reconcile') library.reconcile(dataset);
    else if (options.worker === 'history') library.history(dataset);
    else throw new Error(`--what must be parse, reconcile or history, got ${options.worker}`);
  }
  process.exit(0);
}

const records = Number(options.records);
const file = await cachedDataset({ records, seed: Number(options.seed), format: 'json' });
const profiles = join(CACHE_DIR, 'profiles');
mkdirSync(profiles, { recursive: true });
const name = `${options.what}-${records}-${Date.now()}.cpuprofile`;
const run = spawnSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-name', name, '--max-old-space-size=16384', fileURLToPath(import.meta.url), '--worker', options.what, '--file', file],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const profile = JSON.parse(readFileSync(join(profiles, name), 'utf8'));
const summary = summarize(profile);
const top = Number(options.top);
const line = ([key, ms]) => `${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / summary.total).toFixed(1).padStart(5)}%  ${key}`;
console.log(`profile: ${relative(root, join(profiles, name))} (${(summary.total / 1000).toFixed(2)} s sampled; the whole child: reading, JSON.parse and the operation)`);
console.log(`\nself time, top ${top}:`);
for (const entry of summary.self.slice(0, top)) console.log(line(entry));
console.log(`\ntotal time (inclusive), top ${top}:`);
for (const entry of summary.total_.slice(0, top)) console.log(line(entry));

/** Self and inclusive time by function, located in src/ when a source map says where. */
function summarize({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keys = new Map();
  const maps = new Map();
  const keyOf = (node) => {
    let key = keys.get(node.id);
    if (key === undefined) {
      key = locate(node.callFrame, maps);
      keys.set(node.id, key);
    }
    return key;
  };
  const self = new Map();
  const total = new Map();
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const delta = Math.max(0, timeDeltas[i] ?? 0) / 1000;
    sum += delta;
    let id = samples[i];
    const leaf = keyOf(byId.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + delta);
    const seen = new Set();
    while (id !== undefined) {
      const key = keyOf(byId.get(id));
      if (!seen.has(key)) {
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + delta);
      }
      id = parent.get(id);
    }
  }
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { total: sum, self: sorted(self), total_: sorted(total) };
}

/** `name (src/log/buildIndex.ts:123)` for code with a source map, `name (node_modules/zod/...:L)` otherwise. */
function locate({ functionName, url, lineNumber, columnNumber }, maps) {
  const name = functionName || '(anonymous)';
  if (!url) return name;
  let path = url.startsWith('file://') ? fileURLToPath(url) : url;
  let line = lineNumber + 1;
  if (path.startsWith(join(root, 'dist'))) {
    let map = maps.get(path);
    if (map === undefined) {
      try {
        statSync(`${path}.map`);
        map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
      } catch {
        map = null;
      }
      maps.set(path, map);
    }
    const entry = map?.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
      const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : join(dirname(path), entry.originalSource);
      path = source;
      line = entry.originalLine + 1;
    }
  }
  const shown = path.startsWith(root) ? relative(root, path) : path.startsWith('node:') ? path : path.replace(/^.*node_modules\//, 'node_modules/');
  return `${name} (${shown}:${line})`;
}
