// Measures, in one process, the library's in-memory costs against JSON.parse of the same text:
//   node --expose-gc inproc.mjs FILE.json ROUNDS WARMUP [OPS]
// OPS is a comma list among parseDataset,reconcile,history (all by default); JSON.parse is
// always measured. Each round runs JSON.parse, parseDataset (of that round's parse), then
// reconcile and history (of that dataset) one after the other, after a full GC each, so
// drift on a shared machine touches every measurement alike. Prints a JSON line on stdout
// after every round (the last line holds everything measured), so a run stopped by a
// time limit still reports the rounds it finished.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync, statSync } from 'node:fs';
import { median } from './stats.mjs';

const [file, roundsText = '5', warmupText = '1', opsText = 'parseDataset,reconcile,history'] = process.argv.slice(2);
const ops = new Set(opsText.split(','));
const rounds = Number(roundsText);
const warmup = Number(warmupText);
// The build to measure: a snapshot bench/run.mjs took of dist/ (so a rebuild during the run
// cannot change it), or dist/ itself.
const library = await import(pathToFileURL(join(process.env.BENCH_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url)), 'index.js')).href);
const gc = globalThis.gc ?? (() => {});
const notes = [];
const has = {
  reconcile: ops.has('reconcile') && typeof library.reconcile === 'function',
  history: ops.has('history') && typeof library.history === 'function',
};
if (ops.has('reconcile') && !has.reconcile) notes.push('reconcile is not exported by dist/index.js yet: skipped');
if (ops.has('history') && !has.history) notes.push('history is not exported by dist/index.js yet: skipped');

const text = readFileSync(file, 'utf8');
const times = { jsonParse: [], parseDataset: [], reconcile: [], history: [] };
const counts = {};
const errors = {};

function timed(name, fn) {
  gc();
  const start = performance.now();
  let value;
  try {
    value = fn();
  } catch (error) {
    errors[name] = String(error?.message ?? error).slice(0, 2000);
    return undefined;
  }
  const elapsed = performance.now() - start;
  return { value, elapsed };
}

const summary = (list) => (list.length === 0 ? null : { median: median(list), runs: list });
const bytes = statSync(file).size;
const report = (roundsDone) =>
  process.stdout.write(
    `${JSON.stringify({
      file,
      bytes,
      rounds,
      warmup,
      roundsDone,
      jsonParse: summary(times.jsonParse),
      parseDataset: summary(times.parseDataset),
      reconcile: summary(times.reconcile),
      history: summary(times.history),
      counts,
      errors,
      notes,
    })}\n`,
  );

for (let round = 0; round < warmup + rounds; round++) {
  const measured = round >= warmup;
  const done = Math.max(0, round - warmup);
  const parsed = timed('jsonParse', () => JSON.parse(text));
  if (!parsed) break;
  if (measured) times.jsonParse.push(parsed.elapsed);
  const dataset = timed('parseDataset', () => library.parseDataset(parsed.value));
  if (!dataset) break;
  if (measured && ops.has('parseDataset')) times.parseDataset.push(dataset.elapsed);
  counts.records = dataset.value.records.length;
  report(done);
  if (has.reconcile && !errors.reconcile) {
    const estimates = timed('reconcile', () => library.reconcile(dataset.value));
    if (estimates && measured) {
      times.reconcile.push(estimates.elapsed);
      counts.estimates = estimates.value.length;
    }
    report(done);
  }
  if (has.history && !errors.history) {
    const entries = timed('history', () => library.history(dataset.value));
    if (entries && measured) {
      times.history.push(entries.elapsed);
      counts.historyEntries = entries.value.length;
    }
  }
  report(done + (measured ? 1 : 0));
}
report(rounds);
