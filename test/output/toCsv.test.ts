import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv } from '../../src/output/toCsv.js';
import { ESTIMATE_COLUMNS, toRows } from '../../src/output/toRows.js';
import { deepFreeze } from '../helpers.js';
import { sampleEstimate } from './sample.js';

describe('toCsv(rows)', () => {
  it('runs its example', () => {
    expect(toCsv([{ place: 'coast', best: 131, note: 'a "quote", here' }])).toBe('place,best,note\r\ncoast,131,"a ""quote"", here"\r\n');
  });

  it('ends every line with CRLF (RFC 4180) and writes null as an empty field', () => {
    expect(toCsv([{ a: 1, b: null }, { a: 2, b: 'x' }])).toBe('a,b\r\n1,\r\n2,x\r\n');
  });

  it('quotes fields holding commas, quotes and line breaks, and a CSV parser reads them back', () => {
    const rows = [{ id: 'c1', quote: 'said "more than 130", then\nmore', note: 'a,b\r\nc' }];
    const back = parse(toCsv(rows), { columns: true }) as Record<string, string>[];
    expect(back).toEqual(rows);
  });

  it('writes the header alone for no rows when the columns are given, and nothing otherwise', () => {
    expect(toCsv([], { columns: ['a', 'b'] })).toBe('a,b\r\n');
    expect(toCsv([])).toBe('');
  });

  it('writes the given columns in the given order', () => {
    expect(toCsv([{ a: 1, b: 2 }], { columns: ['b', 'a'] })).toBe('b,a\r\n2,1\r\n');
  });

  it('round-trips estimate rows through a CSV parser, numbers as their text', () => {
    const rows = toRows([sampleEstimate()]);
    const [back] = parse(toCsv(rows, { columns: ESTIMATE_COLUMNS }), { columns: true }) as Record<string, string>[];
    expect(back).toMatchObject({ place: 'coast', low: '131', best: '131', high: '', label: 'single-source', reasons: 'single-origin;relayed' });
  });

  it('does not mutate its input', () => {
    expect(() => toCsv(deepFreeze([{ a: 1 }]))).not.toThrow();
  });
});

describe('csvChunks(rows)', () => {
  it('runs its example', () => {
    expect([...csvChunks([{ place: 'coast', best: 131 }])]).toEqual(['place,best\r\n', 'coast,131\r\n']);
  });

  it('gives the header, then one piece per row, joined to toCsv', () => {
    const rows = [{ a: 1, b: 'x,y' }, { a: 2, b: null }];
    const pieces = [...csvChunks(rows, { columns: ['b', 'a'] })];
    expect(pieces).toEqual(['b,a\r\n', '"x,y",1\r\n', ',2\r\n']);
    expect(pieces.join('')).toBe(toCsv(rows, { columns: ['b', 'a'] }));
  });

  it('writes the header alone for no rows when the columns are given, nothing otherwise, and nothing for rows without keys', () => {
    expect([...csvChunks([], { columns: ['a'] })]).toEqual(['a\r\n']);
    expect([...csvChunks([])]).toEqual([]);
    expect([...csvChunks([{}, {}])]).toEqual([]);
  });
});
