// The count parser's benchmark (issue 3), on the BUILT package (../dist/index.js; build it with
// `npx tsup` or `npm run build`):
//   1. parse time per character on adversarial input of 1 KB, 10 KB and 100 KB (medians of several
//      runs), raw and net of the fixed cost of a call: flat when the slowest size costs at most 1.5
//      times the fastest per character (raw or net);
//   2. on the same labelled phrases (test/count/corpus), parseCount against the two open-source
//      parsers a JavaScript user would reach for: @microsoft/recognizers-text-number
//      (recognizeNumber; English, French, Spanish) and compromise (nlp(text).numbers(); English).
//      For each: accuracy of the figure the wording states, accuracy of the full range (theirs: none,
//      they give a number, not a range), and throughput in phrases per second, with the ratio to ours.
//      Rounds alternate between the parsers so that other work on the machine weighs on all alike.
//
// `runCountBench()` returns the results (with a printable `table`); run standalone
// (`node --expose-gc bench/count.mjs [--quick]`) it prints the table and writes
// bench/results/count.json; with `--json` it prints the results as one JSON line and writes
// nothing (`npm run bench` runs it so, in a child of its own: a fresh heap, with `gc` exposed).

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const LANGS = ['en', 'fr', 'es', 'ar'];
const SIZES = [1_000, 10_000, 100_000];
const FLAT = 1.5;
const TARGET_RATIO = 100;
/**
 * Throughput rounds are cut in slices of this many milliseconds, the parsers taking turns slice
 * after slice: the speed of this shared machine changes within a second, and parsers measured
 * one whole second after the other were each measured at another speed (rounds' ratios went
 * from ×61 to ×144 in one run). Interleaved in short slices, both see the same mix of speeds.
 */
const SLICE_MS = 50;
/** Calls between two readings of the clock: a few, so that reading it costs little against the slowest parser's calls. */
const CALLS_BETWEEN_CLOCKS = 4;

/** Adversarial inputs: long runs that a backtracking parser would choke on. */
const ADVERSARIAL = {
  digits: (n) => '7'.repeat(n),
  'more than, repeated': (n) => 'more than '.repeat(Math.ceil(n / 10)).slice(0, n),
  'digit groups 1,1,1': (n) => '1,'.repeat(Math.ceil(n / 2)).slice(0, n),
  'spaced groups 123 123': (n) => '123 '.repeat(Math.ceil(n / 4)).slice(0, n),
  'number words': (n) => 'one hundred and '.repeat(Math.ceil(n / 16)).slice(0, n),
  'Arabic qualifiers': (n) => 'أكثر من ٣٠ قتيلاً و'.repeat(Math.ceil(n / 19)).slice(0, n),
  'between, repeated': (n) => 'between 1 and '.repeat(Math.ceil(n / 14)).slice(0, n),
  'random unicode': (n) => {
    let text = '';
    let state = 12345;
    for (let index = 0; index < n; index++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      const code = state % 0xd7ff;
      text += String.fromCharCode(code);
    }
    return text;
  },
};

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Milliseconds for one call, from repeating it until a sample lasts at least `minMs`. */
function sampleMs(run, minMs) {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return elapsed / calls;
}

function swallow(run) {
  return () => {
    try {
      run();
    } catch (error) {
      if (error?.name !== 'CountParseError') throw error;
    }
  };
}

/**
 * 1. Time per character of parseCount and findCounts on adversarial input, by size. Each input is
 * warmed up first (the first calls compile the code); then the sizes are measured in turns, round
 * after round, so that a burst of other work on the machine falls on all sizes alike. A call has a
 * fixed cost too (a thrown CountParseError alone costs a few microseconds), which weighs on 1 KB and
 * not on 100 KB: the net time per character subtracts the median time of the same call on the same
 * kind of input 16 characters long. Both are reported; a row is flat when either spread (slowest size
 * over fastest, per character) is at most 1.5: raw time is biased against small sizes by the fixed
 * cost, net time by the error of its estimate, and a superlinear parser fails both. Each sample
 * starts after a collection of the young generation when `gc` is exposed.
 */
function measureLinearity(api, { runs, minMs }) {
  const minorGc = globalThis.gc ? () => globalThis.gc({ type: 'minor' }) : () => {};
  const rows = [];
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    for (const [fn, call] of [
      ['parseCount', (text) => swallow(() => api.parseCount(text))],
      ['findCounts', (text) => () => api.findCounts(text)],
    ]) {
      const calls = [16, ...SIZES].map((size) => {
        const text = make(size);
        return { size, length: text.length, run: call(text) };
      });
      for (const { run } of calls) sampleMs(run, minMs * 4);
      const samples = new Map(calls.map(({ size }) => [size, []]));
      for (let round = 0; round < runs; round++) {
        // Each round starts with another size, so that no size is always the one measured first.
        for (let turn = 0; turn < calls.length; turn++) {
          const { size, run } = calls[(round + turn) % calls.length];
          // Each sample starts on an empty young generation: the garbage of one size is not collected in the time of another.
          minorGc();
          samples.get(size).push(sampleMs(run, minMs));
        }
      }
      const fixedMs = median(samples.get(16));
      const perChar = {};
      const netPerChar = {};
      for (const { size, length } of calls) {
        if (size === 16) continue;
        const ms = median(samples.get(size));
        perChar[size] = (ms * 1e6) / length;
        netPerChar[size] = (Math.max(0, ms - fixedMs) * 1e6) / length;
      }
      const spreadOf = (values) => Math.max(...values) / Math.max(1e-9, Math.min(...values));
      const spread = spreadOf(Object.values(perChar));
      const netSpread = spreadOf(Object.values(netPerChar));
      rows.push({ input: name, function: fn, fixedMicroseconds: fixedMs * 1000, nsPerChar: perChar, netNsPerChar: netPerChar, spread, netSpread, flat: Math.min(spread, netSpread) <= FLAT });
    }
  }
  return rows;
}

function readCorpus() {
  const phrases = [];
  for (const lang of LANGS) {
    const list = JSON.parse(readFileSync(join(root, 'test', 'count', 'corpus', `phrases.${lang}.json`), 'utf8'));
    for (const label of list) phrases.push(label);
  }
  return phrases;
}

/** The figure a label's wording states (N of "more than N"), from its range and qualifier; null when it states none. */
function statedFigure(qualifier, min, max) {
  switch (qualifier) {
    case 'exact':
    case 'at-least':
      return min;
    case 'more-than':
    case 'just-over':
      return min - 1;
    case 'at-most':
      return max;
    case 'fewer-than':
    case 'nearly':
      return max + 1;
    case 'about': {
      // N with [⌊9N/10⌋, ⌈11N/10⌉] = [min, max], searched near the middle.
      const middle = Math.floor((min + max) / 2);
      for (let n = Math.max(0, middle - 3); n <= middle + 3; n++) {
        if (Math.floor((9 * n) / 10) === min && n + Math.ceil(n / 10) === max) return n;
      }
      return null;
    }
    default:
      return null;
  }
}

/** Our reading of the figure: N, the same way, from our own qualifier and range. */
function ourFigure(parsed) {
  if (parsed.qualifier === 'about') return parsed.figure;
  return statedFigure(parsed.qualifier, parsed.min, parsed.max);
}

const CULTURES = { en: 'English', fr: 'French', es: 'Spanish' };

async function loadRivals() {
  const rivals = {};
  try {
    const module = await import('@microsoft/recognizers-text-number');
    const recognizers = module.default ?? module;
    rivals.recognizers = {
      name: '@microsoft/recognizers-text-number',
      langs: ['en', 'fr', 'es'],
      figure: (text, lang) => {
        const found = recognizers.recognizeNumber(text, recognizers.Culture[CULTURES[lang]]);
        const value = Number(found[0]?.resolution?.value);
        return Number.isFinite(value) ? value : null;
      },
      run: (text, lang) => recognizers.recognizeNumber(text, recognizers.Culture[CULTURES[lang]]),
    };
  } catch (error) {
    rivals.recognizers = { name: '@microsoft/recognizers-text-number', missing: String(error?.message ?? error) };
  }
  try {
    const module = await import('compromise');
    const nlp = module.default ?? module;
    rivals.compromise = {
      name: 'compromise',
      langs: ['en'],
      figure: (text) => {
        const numbers = nlp(text).numbers().get();
        const value = Array.isArray(numbers) ? Number(numbers[0]) : Number.NaN;
        return Number.isFinite(value) ? value : null;
      },
      run: (text) => nlp(text).numbers().get(),
    };
  } catch (error) {
    rivals.compromise = { name: 'compromise', missing: String(error?.message ?? error) };
  }
  return rivals;
}

/** 2a. Accuracy of the figure and of the range, by parser and language. */
function measureAccuracy(api, rivals, phrases) {
  const accuracy = {};
  const tally = (parser, lang, field, ok) => {
    accuracy[parser] ??= {};
    accuracy[parser][lang] ??= { figure: { right: 0, of: 0 }, range: { right: 0, of: 0 } };
    accuracy[parser][lang][field].of++;
    if (ok) accuracy[parser][lang][field].right++;
  };
  for (const label of phrases) {
    const hasRange = !label.error && label.min !== undefined && label.max !== undefined;
    const figure = hasRange ? statedFigure(label.qualifier, label.min, label.max) : null;
    let parsed = null;
    try {
      parsed = api.parseCount(label.text, { lang: label.lang });
    } catch {
      parsed = null;
    }
    if (label.error) {
      tally('parseCount', label.lang, 'range', parsed === null);
      continue;
    }
    if (hasRange) tally('parseCount', label.lang, 'range', parsed !== null && parsed.min === label.min && parsed.max === label.max);
    if (figure !== null) {
      tally('parseCount', label.lang, 'figure', parsed !== null && ourFigure(parsed) === figure);
      for (const [key, rival] of Object.entries(rivals)) {
        if (rival.missing || !rival.langs.includes(label.lang)) continue;
        let value = null;
        try {
          value = rival.figure(label.text, label.lang);
        } catch {
          value = null;
        }
        tally(key, label.lang, 'figure', value === figure);
      }
    }
  }
  const share = ({ right, of }) => (of === 0 ? null : right / of);
  for (const byLang of Object.values(accuracy)) {
    for (const cell of Object.values(byLang)) {
      cell.figure.share = share(cell.figure);
      cell.range.share = share(cell.range);
    }
  }
  return accuracy;
}

/**
 * 2b. Throughput in phrases per second on the same phrases: ours on the English, French and
 * Spanish phrases against recognizers-text on the same, and ours on the English phrases against
 * compromise on the same. Each round starts after a full collection (when `gc` is exposed, as
 * `npm run bench` runs this file) and interleaves the parsers in slices of `SLICE_MS`, each
 * after a collection of the young generation (of the garbage the slice before left).
 *
 * The ratio is the median of the rounds' own ratios: within a round the parsers share the same
 * seconds of the machine, whose speed drifts by ×1.7 from one second to another. The ratio of the
 * medians is kept too, with the spread of the rounds' ratios.
 */
function measureThroughput(api, rivals, phrases, { rounds, roundMs }) {
  const ours = (text, lang) => api.safeParseCount(text, { lang });
  const sets = {
    parseCount: { langs: ['en', 'fr', 'es'], run: ours },
    'parseCount (en)': { langs: ['en'], run: ours },
  };
  for (const [key, rival] of Object.entries(rivals)) if (!rival.missing) sets[key] = rival;
  const perParser = {};
  const lists = {};
  for (const [key, parser] of Object.entries(sets)) {
    perParser[key] = [];
    lists[key] = phrases.filter((label) => parser.langs.includes(label.lang));
    // Warm up for as long as a round: a parser's first thousands of calls run while its code is
    // still being compiled and optimised (a few passes were not enough: first rounds ran 4× slower).
    const warmStart = performance.now();
    do for (const label of lists[key]) parser.run(label.text, label.lang);
    while (performance.now() - warmStart < roundMs);
  }
  const order = Object.entries(sets);
  const gc = globalThis.gc ?? (() => {});
  const minorGc = globalThis.gc ? () => globalThis.gc({ type: 'minor' }) : () => {};
  // Where each parser is in its list: a slice goes on from where the last one stopped, so that
  // every phrase weighs alike however short the slices.
  const cursor = Object.fromEntries(order.map(([key]) => [key, 0]));
  const slices = Math.max(1, Math.round(roundMs / SLICE_MS));
  for (let round = 0; round < rounds; round++) {
    gc();
    const done = Object.fromEntries(order.map(([key]) => [key, 0]));
    const spent = Object.fromEntries(order.map(([key]) => [key, 0]));
    for (let slice = 0; slice < slices; slice++) {
      // The order turns from slice to slice: the parser measured right after a rival pays for
      // the garbage the rival left (its collection falls in the next measurement), so no parser
      // may always be the one that follows the same rival.
      for (let turn = 0; turn < order.length; turn++) {
        const [key, parser] = order[(round + slice + turn) % order.length];
        const list = lists[key];
        // An empty young generation for each slice: the parser before this one leaves its garbage
        // there, and the collection of it would otherwise fall in this slice.
        minorGc();
        let index = cursor[key];
        let calls = 0;
        const start = performance.now();
        let elapsed = 0;
        do {
          for (let step = 0; step < CALLS_BETWEEN_CLOCKS; step++) {
            const label = list[index];
            parser.run(label.text, label.lang);
            index = index + 1 === list.length ? 0 : index + 1;
          }
          calls += CALLS_BETWEEN_CLOCKS;
          elapsed = performance.now() - start;
        } while (elapsed < SLICE_MS);
        cursor[key] = index;
        done[key] += calls;
        spent[key] += elapsed;
      }
    }
    for (const [key] of order) perParser[key].push(done[key] / (spent[key] / 1000));
  }
  const result = {};
  for (const [key, values] of Object.entries(perParser)) {
    result[key] = { phrasesPerSecond: median(values), rounds: values, langs: sets[key].langs, phrases: lists[key].length };
  }
  const compare = (rival, ours) => {
    if (!result[rival]) return;
    const roundRatios = perParser[ours].map((value, round) => value / perParser[rival][round]);
    result[rival].ratio = median(roundRatios);
    result[rival].roundRatios = roundRatios;
    result[rival].ratioOfMedians = result[ours].phrasesPerSecond / result[rival].phrasesPerSecond;
  };
  compare('recognizers', 'parseCount');
  compare('compromise', 'parseCount (en)');
  return result;
}

function percent(share) {
  return share === null || share === undefined ? '–' : `${(share * 100).toFixed(1)}%`;
}

function table(results) {
  const lines = [];
  lines.push('1. time per character on adversarial input: ns/char at 1 KB | 10 KB | 100 KB (medians), then net of the');
  lines.push('   fixed cost of one call (the same call on 16 characters); flat: raw or net max/min <= 1.5');
  for (const row of results.linearity) {
    const raw = SIZES.map((size) => row.nsPerChar[size].toFixed(0).padStart(5)).join(' |');
    const net = SIZES.map((size) => row.netNsPerChar[size].toFixed(0).padStart(5)).join(' |');
    lines.push(
      `   ${row.function.padEnd(10)} ${row.input.padEnd(22)} ${raw}  ×${row.spread.toFixed(2).padEnd(5)} net ${net}  ×${row.netSpread.toFixed(2).padEnd(5)} ${row.flat ? 'flat' : 'NOT FLAT'}`,
    );
  }
  lines.push('');
  lines.push('2. accuracy on the labelled phrases (figure stated | full range; rivals give no range)');
  for (const [parser, byLang] of Object.entries(results.accuracy)) {
    const cells = Object.entries(byLang)
      .map(([lang, cell]) => `${lang} ${percent(cell.figure.share)} | ${parser === 'parseCount' ? percent(cell.range.share) : 'none'}`)
      .join('   ');
    lines.push(`   ${parser.padEnd(12)} ${cells}`);
  }
  lines.push('');
  lines.push('3. throughput on the same phrases (phrases/s, median of alternating rounds; ratio: ours over theirs)');
  for (const [parser, cell] of Object.entries(results.throughput)) {
    const extra =
      cell.ratio === undefined
        ? ''
        : `   ours ×${cell.ratio.toFixed(0)} faster (rounds ×${Math.min(...cell.roundRatios).toFixed(0)}–${Math.max(...cell.roundRatios).toFixed(0)}; ratio of medians ×${cell.ratioOfMedians.toFixed(0)})`;
    lines.push(`   ${parser.padEnd(16)} ${cell.langs.join('+').padEnd(9)} ${String(Math.round(cell.phrasesPerSecond)).padStart(8)}/s${extra}`);
  }
  lines.push('');
  lines.push(`targets: flat ${results.targets.flat ? 'met' : 'MISSED'}; ×${TARGET_RATIO} recognizers-text throughput ${results.targets.throughput ? 'met' : 'MISSED'}; higher accuracy than both ${results.targets.accuracy ? 'met' : 'MISSED'}`);
  return lines.join('\n');
}

/**
 * Runs the count benchmark on the built package and returns its results, with a printable `table`.
 * Options: `quick` (fewer and shorter runs), `dist` (the built entry to import), `parts` (which
 * measurements to run: 'linearity', 'accuracy', 'throughput'; all by default).
 */
export async function runCountBench({ quick = false, dist = join(root, 'dist', 'index.js'), parts = ['linearity', 'accuracy', 'throughput'] } = {}) {
  const api = await import(dist);
  for (const name of ['parseCount', 'safeParseCount', 'findCounts']) {
    if (typeof api[name] !== 'function') throw new Error(`${dist} exports no ${name}: build the package first (npx tsup)`);
  }
  const rivals = await loadRivals();
  const phrases = readCorpus();
  const linearity = parts.includes('linearity') ? measureLinearity(api, quick ? { runs: 5, minMs: 10 } : { runs: 11, minMs: 40 }) : [];
  const accuracy = parts.includes('accuracy') ? measureAccuracy(api, rivals, phrases) : {};
  const throughput = parts.includes('throughput')
    ? measureThroughput(api, rivals, phrases, quick ? { rounds: 3, roundMs: 300 } : { rounds: 7, roundMs: 1000 })
    : {};
  const ours = accuracy.parseCount ?? {};
  const beats = Object.entries(rivals)
    .filter(([, rival]) => !rival.missing)
    .every(([key, rival]) =>
      rival.langs.every((lang) => (ours[lang]?.figure.share ?? 0) > (accuracy[key]?.[lang]?.figure.share ?? 0)),
    );
  const results = {
    bench: 'count',
    issue: 3,
    date: new Date().toISOString(),
    node: process.version,
    phrases: phrases.length,
    rivals: Object.fromEntries(Object.entries(rivals).map(([key, rival]) => [key, rival.missing ? { missing: rival.missing } : { langs: rival.langs }])),
    linearity,
    accuracy,
    throughput,
    // Whether each throughput turn started after a full collection (node --expose-gc).
    collectedBetweenTurns: globalThis.gc !== undefined,
    targets: {
      flat: linearity.length > 0 && linearity.every((row) => row.flat),
      throughput: (throughput.recognizers?.ratio ?? 0) >= TARGET_RATIO,
      accuracy: beats,
    },
  };
  results.table = table(results);
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await runCountBench({ quick: process.argv.includes('--quick'), dist: process.env.BENCH_DIST ? join(process.env.BENCH_DIST, 'index.js') : undefined });
  // `--json`: the results as one JSON line and nothing else (bench/run.mjs runs this file as a child).
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results)}\n`);
    process.exit(0);
  }
  process.stdout.write(`${results.table}\n`);
  const out = join(here, 'results', 'count.json');
  mkdirSync(dirname(out), { recursive: true });
  const temporary = `${out}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(temporary, out);
  process.stdout.write(`written: bench/results/count.json\n`);
}
