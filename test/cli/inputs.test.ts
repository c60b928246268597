import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, escapeRegExp as escape, expectFailure, fixture, ROOT, scratch, SYRIA, writeCsv, writeNdjson } from './program.js';

let dir: string;
beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run build (npm test does it first)');
  dir = scratch();
});

describe('inputs: NDJSON and CSV read as the JSON file', () => {
  const json = () => cli(['reconcile', SYRIA, '--format', 'json']).stdout;

  it('an NDJSON file (.ndjson and .jsonl) gives the same estimates', () => {
    const file = join(dir, 'syria.ndjson');
    writeNdjson(fixture(), file);
    expect(cli(['reconcile', file, '--format', 'json']).stdout).toBe(json());
    const jsonl = join(dir, 'syria.jsonl');
    writeNdjson(fixture(), jsonl);
    expect(cli(['history', jsonl, '--format', 'json']).stdout).toBe(cli(['history', SYRIA, '--format', 'json']).stdout);
  });

  it('a claims CSV with a JSON header gives the same estimates, quoted fields with commas and line breaks included', () => {
    const data = fixture();
    data.records[0]!.quote = 'more than 130 people, "at least",\nhad been killed';
    const jsonFile = join(dir, 'quoted.json');
    writeFileSync(jsonFile, JSON.stringify(data));
    const claims = join(dir, 'claims.csv');
    const header = join(dir, 'header.json');
    writeCsv(data, claims, header);
    expect(readFileSync(claims, 'utf8')).toContain('"more than 130 people, ""at least"",\nhad been killed"');
    const ran = cli(['reconcile', claims, '--header', header, '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toBe(cli(['reconcile', jsonFile, '--format', 'json']).stdout);
  });

  it('a claims CSV with a sources CSV reads, and silence and status rows are records too', () => {
    const claims = join(dir, 'small.csv');
    const sources = join(dir, 'sources.csv');
    writeFileSync(sources, 'id,name,type,reliability\nsohr,Syrian Observatory for Human Rights,monitor,B\nsana,SANA,state-media,\n');
    writeFileSync(
      claims,
      'type,id,source,publishedAt,count,claim,status,quote\n' +
        ',c1,sohr,2025-03-07T14:00:00+03:00,more than 130,,,"said, on Friday"\n' +
        'silence,s1,sana,2025-03-07,,,,\n' +
        'status,v1,sana,2025-03-08T09:00:00+03:00,,c1,disputed,\n',
    );
    const ran = cli(['reconcile', claims, '--sources', sources, '--format', 'json']);
    expect(ran.code, ran.stderr).toBe(0);
    const [estimate] = JSON.parse(ran.stdout) as { low: number; records: { id: string; role: string }[] }[];
    expect(estimate!.low).toBe(131);
    expect(estimate!.records.map((record) => record.id).sort()).toEqual(['c1', 's1', 'v1']);
    expect(cli(['validate', claims, '--sources', sources]).code).toBe(0);
  });

  it('standard input with --input-format', () => {
    const ran = cli(['reconcile', '-', '--input-format', 'json', '--format', 'json'], { input: readFileSync(SYRIA, 'utf8') });
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toBe(json());
  });
});

describe('bad input: a clear message, exit 2, no stack trace', () => {
  it('a missing file', () => {
    expectFailure(cli(['reconcile', 'no/such/file.json']), 2, /^no\/such\/file\.json: no such file\n$/);
    expectFailure(cli(['history', 'missing.ndjson']), 2, /^missing\.ndjson: no such file\n$/);
    expectFailure(cli(['reconcile', 'missing.csv', '--sources', 'missing-sources.csv']), 2, /missing\.csv: no such file/);
  });

  it('an unknown extension, or --sources with a JSON file', () => {
    expectFailure(cli(['reconcile', join(ROOT, 'package-lock.yaml')]), 2, /cannot tell the format/);
    expectFailure(cli(['reconcile', SYRIA, '--sources', 'x.csv']), 2, /--sources goes with a CSV of claims/);
  });

  it('broken JSON in a JSON file, at its line and column', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "sources": [],\n  "records": [,]\n}\n');
    expectFailure(cli(['validate', file]), 2, new RegExp(`^${escape(file)}:3:15: broken JSON: expected a value, found ','\\n$`));
  });

  it('broken JSON on line N of an NDJSON file names line N', () => {
    const file = join(dir, 'broken.ndjson');
    writeNdjson(fixture(), file);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[4] = lines[4]!.slice(0, 40);
    writeFileSync(file, lines.join('\n'));
    expectFailure(cli(['reconcile', file]), 2, new RegExp(`^${escape(file)}:5:41: broken JSON: `));
  });

  it('a problem in a record of an NDJSON file names its line', () => {
    const data = fixture();
    data.records[3]!.source = 'nobody';
    const file = join(dir, 'unknown-source.ndjson');
    writeNdjson(data, file);
    expectFailure(cli(['validate', file]), 2, new RegExp(`${escape(file)}:5: records\\[3\\] \\(claim defence-ministry-security-1\\): source 'nobody' is not among the sources`));
  });

  it('an NDJSON file without its header line', () => {
    const file = join(dir, 'headless.ndjson');
    writeFileSync(file, `${JSON.stringify(fixture().records[0])}\n`);
    expectFailure(cli(['reconcile', file]), 2, /headless\.ndjson:1: the first line must be the dataset header/);
  });

  it('a CSV with a missing column names the file and the column', () => {
    const claims = join(dir, 'no-count.csv');
    const sources = join(dir, 'sources2.csv');
    writeFileSync(sources, 'id,name,type\nsohr,SOHR,monitor\n');
    writeFileSync(claims, 'id,source,publishedAt\nc1,sohr,2025-03-07\n');
    expectFailure(cli(['reconcile', claims, '--sources', sources]), 2, new RegExp(`^${escape(claims)}:1: missing column "count"; a claims CSV needs the columns id, source, publishedAt, count\\n$`));
  });

  it('a CSV with an unknown column, or without its sources', () => {
    const claims = join(dir, 'extra.csv');
    writeFileSync(claims, 'id,source,publishedAt,count,colour\nc1,sohr,2025-03-07,3,red\n');
    writeFileSync(join(dir, 's.csv'), 'id,name,type\nsohr,SOHR,monitor\n');
    expectFailure(cli(['reconcile', claims, '--sources', join(dir, 's.csv')]), 2, /extra\.csv:1: unknown column "colour"/);
    expectFailure(cli(['reconcile', claims]), 2, /needs its sources: give --sources SOURCES\.csv or --header HEADER\.json/);
  });

  it('a problem in a CSV row names the file, its line, the record and the column', () => {
    const claims = join(dir, 'bad-row.csv');
    const sources = join(dir, 's3.csv');
    writeFileSync(sources, 'id,name,type\nsohr,SOHR,monitor\n');
    writeFileSync(claims, 'id,source,publishedAt,count,quote\nc1,sohr,2025-03-07,3,"two\nlines"\nc2,sohr2,2025-03-07,4,\nc3,sohr,tomorrow,5,\n');
    const ran = cli(['validate', claims, '--sources', sources]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(`${claims}:4 (claim c2): source 'sohr2' is not among the sources`);
    expect(ran.stderr).toMatch(new RegExp(`${escape(claims)}:5 \\(claim c3\\): publishedAt must be`));
  });

  it('a CSV row with the wrong number of fields', () => {
    const claims = join(dir, 'ragged.csv');
    writeFileSync(claims, 'id,source,publishedAt,count\nc1,sohr,2025-03-07\n');
    expectFailure(cli(['reconcile', claims, '--sources', join(dir, 's3.csv')]), 2, /ragged\.csv:2: broken CSV: a row with the wrong number of fields/);
  });
});
