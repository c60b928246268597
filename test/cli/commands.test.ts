import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { history, reconcile } from '../../src/index.js';
import { ESTIMATE_COLUMNS, HISTORY_COLUMNS } from '../../src/output/index.js';
import { cli, escapeRegExp as escape, expectFailure, fixture, hasStackTrace, ROOT, scratch, SYRIA } from './program.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build (npm test does it first)');
  dir = scratch();
});

describe('casualty-claims --help and --version', () => {
  it('--help names every command, the input formats and the exit codes', () => {
    const ran = cli(['--help']);
    expect(ran.code).toBe(0);
    for (const word of ['reconcile', 'history', 'describe', 'validate', 'check', 'schema', 'NDJSON', '--sources', '--header', 'Exit codes']) expect(ran.stdout).toContain(word);
  });

  it('COMMAND --help documents each command; check says what it compares; reconcile and history list the CSV columns', () => {
    for (const command of ['reconcile', 'history', 'describe', 'validate', 'check', 'schema']) {
      const ran = cli([command, '--help']);
      expect(ran.code, command).toBe(0);
      expect(ran.stdout).toContain(`casualty-claims ${command}`);
    }
    expect(cli(['check', '--help']).stdout).toMatch(/estimates of every scope[\s\S]*change history/);
    expect(cli(['reconcile', '--help']).stdout.replace(/\s+/g, ' ')).toContain(ESTIMATE_COLUMNS.join(', '));
    expect(cli(['history', '--help']).stdout.replace(/\s+/g, ' ')).toContain(HISTORY_COLUMNS.join(', '));
  });

  it('--version prints the package version', () => {
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('no command, an unknown command or an unknown option: exit 2 with one line', () => {
    expectFailure(cli([]), 2, /Usage: casualty-claims COMMAND/);
    expectFailure(cli(['reconsile', SYRIA]), 2, /unknown command "reconsile"/);
    expectFailure(cli(['reconcile', SYRIA, '--bogus']), 2, /^casualty-claims reconcile: unknown option --bogus \(see casualty-claims reconcile --help\)\n$/);
    expectFailure(cli(['reconcile', SYRIA, '--scope']), 2, /--scope needs a value/);
    expectFailure(cli(['reconcile']), 2, /which file\?/);
  });
});

describe('casualty-claims reconcile', () => {
  it('--format json gives what reconcile() gives', () => {
    const ran = cli(['reconcile', SYRIA, '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual(JSON.parse(JSON.stringify(reconcile(fixture()))));
  });

  it('--format table (the default) is aligned, with the label and the best figure in the first columns', () => {
    const ran = cli(['reconcile', SYRIA]);
    expect(ran.code, ran.stderr).toBe(0);
    const lines = ran.stdout.split('\n');
    const headerAt = lines.findIndex((line) => line.startsWith('place'));
    expect(lines[headerAt]!.split(/\s+/).slice(0, 4)).toEqual(['place', 'category', 'label', 'best']);
    const estimates = reconcile(fixture());
    const body = lines.slice(headerAt + 2).filter((line) => line !== '');
    expect(body).toHaveLength(estimates.length);
    const labelAt = lines[headerAt]!.indexOf('label');
    body.forEach((line, i) => expect(line.slice(labelAt).startsWith(estimates[i]!.label)).toBe(true));
  });

  it('--format csv writes the documented columns, one row per scope, readable by a CSV parser', () => {
    const ran = cli(['reconcile', SYRIA, '--format', 'csv']);
    expect(ran.code).toBe(0);
    const rows = parseCsv(ran.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...ESTIMATE_COLUMNS]);
    expect(rows).toHaveLength(reconcile(fixture()).length);
  });

  it('--format md writes a Markdown table', () => {
    const ran = cli(['reconcile', SYRIA, '--format', 'md']);
    expect(ran.code).toBe(0);
    expect(ran.stdout.split('\n')[0]).toBe(`| ${ESTIMATE_COLUMNS.join(' | ')} |`);
  });

  it('--scope answers for one scope, named by a record or not', () => {
    const ran = cli(['reconcile', SYRIA, '--scope', 'tartous', '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    const estimates = JSON.parse(ran.stdout) as { scope: unknown; label: string }[];
    expect(estimates).toHaveLength(1);
    expect(estimates[0]).toMatchObject({ scope: { place: 'tartous', category: 'all' }, label: 'no-figure' });
    const both = JSON.parse(cli(['reconcile', SYRIA, '--scope', 'coast/civilians', '--format', 'json']).stdout) as { scope: unknown }[];
    expect(both[0]!.scope).toMatchObject({ place: 'coast', category: 'civilians' });
  });

  it('--as-of and --policy are passed on', () => {
    const ran = cli(['reconcile', SYRIA, '--as-of', '2025-03-06', '--policy', 'ibc', '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual(JSON.parse(JSON.stringify(reconcile(fixture(), { asOf: '2025-03-06', policy: 'ibc' }))));
    const graded = cli(['reconcile', SYRIA, '--policy', 'ucdp', '--min-reliability', 'B', '--format', 'json']);
    expect(JSON.parse(graded.stdout)).toEqual(JSON.parse(JSON.stringify(reconcile(fixture(), { policy: { name: 'ucdp', minReliability: 'B' } }))));
  });

  it('rejects an unknown policy, format, grade, scope or moment with exit 2', () => {
    expectFailure(cli(['reconcile', SYRIA, '--policy', 'lenient']), 2, /--policy "lenient" is not one of default, conservative, ucdp, ibc/);
    expectFailure(cli(['reconcile', SYRIA, '--format', 'xml']), 2, /--format "xml" is not one of table, json, csv, md/);
    expectFailure(cli(['reconcile', SYRIA, '--min-reliability', 'Z']), 2, /--min-reliability "Z"/);
    expectFailure(cli(['reconcile', SYRIA, '--scope', 'atlantis']), 2, /atlantis/);
    expectFailure(cli(['reconcile', SYRIA, '--as-of', 'yesterday']), 2, /yesterday/);
  });

  it('-o writes the output to a file', () => {
    const out = join(dir, 'estimates.csv');
    expect(cli(['reconcile', SYRIA, '--format', 'csv', '-o', out])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toContain('place,category,asOf');
  });
});

describe('casualty-claims history', () => {
  it('--format json gives what history() gives', () => {
    const ran = cli(['history', SYRIA, '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toEqual(JSON.parse(JSON.stringify(history(fixture()))));
  });

  it('--format table, csv and md: one row per entry, with its sentence', () => {
    const entries = history(fixture());
    const table = cli(['history', SYRIA]);
    expect(table.code, table.stderr).toBe(0);
    for (const entry of entries) expect(table.stdout).toContain(entry.sentence);
    const rows = parseCsv(cli(['history', SYRIA, '--format', 'csv']).stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.sentence)).toEqual(entries.map((entry) => entry.sentence));
    expect(Object.keys(rows[0]!)).toEqual([...HISTORY_COLUMNS]);
    const md = cli(['history', SYRIA, '--format', 'md']).stdout.trimEnd().split('\n');
    expect(md).toHaveLength(entries.length + 2);
  });

  it('--lang writes the sentences in another language', () => {
    const english = JSON.parse(cli(['history', SYRIA, '--format', 'json']).stdout) as { sentence: string; record: string }[];
    const ran = cli(['history', SYRIA, '--format', 'json', '--lang', 'es']);
    expect(ran.code, ran.stderr).toBe(0);
    const spanish = JSON.parse(ran.stdout) as { sentence: string; record: string }[];
    expect(spanish.map((entry) => entry.record)).toEqual(english.map((entry) => entry.record));
    spanish.forEach((entry, i) => expect(entry.sentence).not.toBe(english[i]!.sentence));
  });

  it('--scope gives one scope’s entries', () => {
    const ran = cli(['history', SYRIA, '--scope', 'coast', '--format', 'json']);
    expect((JSON.parse(ran.stdout) as { scope: { place: string } }[]).every((entry) => entry.scope.place === 'coast')).toBe(true);
  });

  it('--format svg writes a well-formed SVG document', () => {
    const ran = cli(['history', SYRIA, '--format', 'svg']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(XMLValidator.validate(ran.stdout)).toBe(true);
    const svg = new XMLParser({ ignoreAttributes: false }).parse(ran.stdout) as { svg: Record<string, unknown> };
    expect(svg.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
  });

  it('--format vega-lite writes a Vega-Lite v5 specification', () => {
    const ran = cli(['history', SYRIA, '--format', 'vega-lite', '--scope', 'mukhtariyeh']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ $schema: 'https://vega.github.io/schema/vega-lite/v5.json' });
  });
});

describe('casualty-claims describe', () => {
  it('gives one publishable line per scope, each named by its scope', () => {
    const ran = cli(['describe', SYRIA]);
    expect(ran.code, ran.stderr).toBe(0);
    const lines = ran.stdout.trimEnd().split('\n');
    const estimates = reconcile(fixture());
    expect(lines).toHaveLength(estimates.length);
    lines.forEach((line, i) => expect(line.startsWith(`${estimates[i]!.scope.place}/${estimates[i]!.scope.category}: `)).toBe(true));
  });

  it('with --scope, gives the line alone, in the language asked for', () => {
    for (const lang of ['en', 'ar', 'fr', 'es']) {
      const ran = cli(['describe', SYRIA, '--scope', 'coast', '--lang', lang]);
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stdout.trimEnd().split('\n')).toHaveLength(1);
    }
    expectFailure(cli(['describe', SYRIA, '--lang', 'de']), 2, /--lang "de" is not one of en, ar, fr, es/);
  });
});

describe('casualty-claims validate', () => {
  it('says a valid dataset is valid, with its counts, and exits 0', () => {
    const ran = cli(['validate', SYRIA]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/valid: 6 records \(4 claims, 2 silences, 0 status changes\), 6 sources/);
  });

  it('lists every problem with the file, the line of the field, the record and the field, and exits 2', () => {
    const data = fixture();
    data.records[1]!.source = 'sohr2';
    data.records[2]!.publishedAt = 'Friday';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const ran = cli(['validate', file]);
    expect(ran.code).toBe(2);
    const lines = ran.stderr.trimEnd().split('\n');
    const text = readFileSync(file, 'utf8').split('\n');
    const lineOf = (fragment: string) => text.findIndex((line) => line.includes(fragment)) + 1;
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(expect.arrayContaining([
      `${file}:${lineOf('"source": "sohr2"')}: records[1] (claim sohr-villages-1): source 'sohr2' is not among the sources`,
      expect.stringMatching(new RegExp(`^${escape(file)}:${lineOf('"publishedAt": "Friday"')}: records\\[2\\] \\(claim almayadeen-mukhtariyeh-1\\): publishedAt must be an RFC 3339 date-time`)),
    ]));
    expect(lines[2]).toBe(`${file}: invalid dataset: 2 problems`);
    expect(hasStackTrace(ran.stderr)).toBe(false);
  });

  it('names a bad source by its line too', () => {
    const data = fixture();
    data.sources[0]!.reliability = 'Z';
    const file = join(dir, 'bad-source.json');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const line = readFileSync(file, 'utf8').split('\n').findIndex((text) => text.includes('"reliability": "Z"')) + 1;
    expectFailure(cli(['validate', file]), 2, new RegExp(`^${escape(file)}:${line}: sources\\[0\\] \\(source sohr\\): reliability must be`));
  });

  it('the computing commands refuse an invalid dataset the same way', () => {
    const data = fixture();
    data.records[0]!.count = 'twelve more died';
    const file = join(dir, 'increment.json');
    writeFileSync(file, JSON.stringify(data, null, 2));
    expectFailure(cli(['reconcile', file]), 2, /records\[0\] \(claim sohr-coast-1\): count/);
  });
});

describe('casualty-claims check', () => {
  it('--update writes the expected output; check then passes with exit 0', () => {
    const expected = join(dir, 'syria.expected.json');
    const update = cli(['check', SYRIA, '--expected', expected, '--update']);
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toMatch(/written/);
    const written = JSON.parse(readFileSync(expected, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({ policy: 'default' });
    expect(written.estimates).toEqual(JSON.parse(JSON.stringify(reconcile(fixture()))));
    expect(written.history).toEqual(JSON.parse(JSON.stringify(history(fixture()))));
    const check = cli(['check', SYRIA, '--expected', expected]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(/matches/);
  });

  it('prints each difference (scope, field, expected, got) and exits 1', () => {
    const expected = join(dir, 'changed.expected.json');
    cli(['check', SYRIA, '--expected', expected, '--update']);
    const written = JSON.parse(readFileSync(expected, 'utf8')) as { estimates: { label: string; best: number | null }[] };
    const first = written.estimates[0]!;
    const actualLabel = first.label;
    first.label = actualLabel === 'contested' ? 'verified' : 'contested';
    writeFileSync(expected, JSON.stringify(written, null, 2));
    const ran = cli(['check', SYRIA, '--expected', expected]);
    expect(ran.code).toBe(1);
    const scope = reconcile(fixture())[0]!.scope;
    expect(ran.stdout).toContain(`estimate ${scope.place}/${scope.category}: label: expected '${first.label}', got '${actualLabel}'`);
    expect(ran.stderr).toMatch(/check failed: 1 difference/);
    expect(hasStackTrace(ran.stderr)).toBe(false);
  });

  it('checks under the policy named in the expected file, or the one given', () => {
    const expected = join(dir, 'ibc.expected.json');
    expect(cli(['check', SYRIA, '--expected', expected, '--update', '--policy', 'ibc']).code).toBe(0);
    expect(cli(['check', SYRIA, '--expected', expected]).code).toBe(0);
    const other = cli(['check', SYRIA, '--expected', expected, '--policy', 'default']);
    expect(other.code).toBe(1);
    expect(other.stdout).toContain("output: policy: expected 'ibc', got 'default'");
  });

  it('a missing expected file or a missing --expected is exit 2', () => {
    expectFailure(cli(['check', SYRIA, '--expected', join(dir, 'nothing.json')]), 2, /nothing\.json: no such file; run with --update to write it/);
    expectFailure(cli(['check', SYRIA]), 2, /--expected OUT\.json is required/);
  });
});

describe('casualty-claims schema', () => {
  it('prints the dataset JSON Schema', () => {
    const ran = cli(['schema']);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
  });
});
