// A child whose peak memory (max RSS) the bench compares:
//   node memory-child.mjs json FILE.json   reads the file and JSON.parses it (the baseline)
//   node memory-child.mjs full FILE.json   reads, JSON.parses, parseDataset, then reconcile (when built)
//   node memory-child.mjs parse FILE.json  reads, JSON.parses and parseDataset (when reconcile cannot finish)
// Prints {"maxRSS": bytes, ...} on stdout. The parsed objects stay alive to the end, as a program's would.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';

const [mode, file] = process.argv.slice(2);
// The build to measure: a snapshot bench/run.mjs took of dist/ (so a rebuild during the run
// cannot change it), or dist/ itself.
const library = await import(pathToFileURL(join(process.env.BENCH_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url)), 'index.js')).href);
let kept;
let reconciled = false;
if (mode === 'json') {
  kept = JSON.parse(readFileSync(file, 'utf8'));
} else if (mode === 'full' || mode === 'parse') {
  const dataset = library.parseDataset(JSON.parse(readFileSync(file, 'utf8')));
  kept = { dataset };
  if (mode === 'full' && typeof library.reconcile === 'function') {
    kept.estimates = library.reconcile(dataset);
    reconciled = true;
  }
} else {
  throw new Error(`mode must be json, parse or full, got ${mode}`);
}
const heap = process.memoryUsage();
process.stdout.write(`${JSON.stringify({ mode, reconciled, maxRSS: process.resourceUsage().maxRSS * 1024, heapUsed: heap.heapUsed, external: heap.external, kept: kept !== undefined })}\n`);
