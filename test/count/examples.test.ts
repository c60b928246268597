import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as adjacent from '../../src/count/adjacentSkip.js';
import * as bounds from '../../src/count/bounds.js';
import * as chunks from '../../src/count/chunks.js';
import * as countParseError from '../../src/count/CountParseError.js';
import * as detect from '../../src/count/detectLang.js';
import * as evidenceModule from '../../src/count/evidence.js';
import * as findCountsModule from '../../src/count/findCounts.js';
import * as grammar from '../../src/count/grammar.js';
import * as compile from '../../src/count/lexicon/compile.js';
import * as english from '../../src/count/lexicon/en.js';
import * as lexiconTypes from '../../src/count/lexicon/types.js';
import * as noFigure from '../../src/count/noFigure.js';
import * as normalize from '../../src/count/normalize.js';
import * as numeral from '../../src/count/numbers/numeral.js';
import * as readNumberModule from '../../src/count/numbers/readNumber.js';
import * as terms from '../../src/count/numbers/terms.js';
import * as options from '../../src/count/options.js';
import * as parseCountModule from '../../src/count/parseCount.js';
import * as safeParseCountModule from '../../src/count/safeParseCount.js';
import * as scan from '../../src/count/scan.js';
import * as scanContext from '../../src/count/scanContext.js';
import * as scanChunkModule from '../../src/count/scanChunk.js';
import * as toParsed from '../../src/count/toParsedCount.js';
import * as tokenizeModule from '../../src/count/tokenize.js';
import * as trie from '../../src/count/trie.js';
import * as verdict from '../../src/count/verdict.js';
import * as vocabulary from '../../src/count/vocabulary.js';

/**
 * Every `@example` of `src/count/` is run here, as written in the source: the line
 * `call; // => expected` must give `expected` (an object ending in `...` is matched
 * on the fields it names). An example that is never run drifts; this one cannot.
 */

const SCOPE: Record<string, unknown> = {
  ...adjacent,
  ...bounds,
  ...chunks,
  ...countParseError,
  ...detect,
  ...evidenceModule,
  ...findCountsModule,
  ...grammar,
  ...compile,
  ...english,
  ...lexiconTypes,
  ...noFigure,
  ...normalize,
  ...numeral,
  ...readNumberModule,
  ...terms,
  ...options,
  ...parseCountModule,
  ...safeParseCountModule,
  ...scan,
  ...scanContext,
  ...scanChunkModule,
  ...toParsed,
  ...tokenizeModule,
  ...trie,
  ...verdict,
  ...vocabulary,
};

const ROOT = fileURLToPath(new URL('../../src/count/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  code: string;
  expected: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const file of sourceFiles(ROOT)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!line.includes('@example')) return;
      const next = (lines[index + 1] ?? '').replace(/^\s*\*\s?/, '');
      const at = next.lastIndexOf('; // => ');
      if (at < 0) throw new Error(`${file}:${index + 2}: an @example must read "call; // => expected"`);
      found.push({ file: relative(ROOT, file), code: next.slice(0, at), expected: next.slice(at + '; // => '.length) });
    });
  }
  return found;
}

function evaluate(code: string): unknown {
  const names = Object.keys(SCOPE);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(...names, `return (${code});`)(...names.map((name) => SCOPE[name]));
}

describe('every @example of src/count runs and gives what it claims', () => {
  const all = examples();

  it('every exported function of src/count has an @example', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(ROOT)) {
      const text = readFileSync(file, 'utf8');
      const pattern = /^export (?:function|class|const) (\w+)(?:<[^>]*>)?\s*(?:\(|=\s*\(|extends)/gm;
      for (const match of text.matchAll(pattern)) {
        const before = text.slice(0, match.index);
        const close = before.lastIndexOf('*/');
        const attached = close >= 0 && before.slice(close + 2).trim() === '';
        const doc = attached ? before.slice(before.lastIndexOf('/**'), close) : '';
        if (!doc.includes('@example')) missing.push(`${relative(ROOT, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const example of all) {
    it(`${example.file}: ${example.code} gives ${example.expected}`, () => {
      const actual = evaluate(example.code);
      const partial = /,\s*\.\.\.\s*\}$/.test(example.expected);
      const expected = evaluate(example.expected.replace(/,\s*\.\.\.\s*\}$/, '}'));
      if (partial) expect(actual).toMatchObject(expected as object);
      else expect(actual).toEqual(expected);
    });
  }
});
