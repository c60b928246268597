import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/output/toRows.js';
import { toTable } from '../../src/output/toTable.js';
import { deepFreeze } from '../helpers.js';
import { sampleEntry, sampleEstimate } from './sample.js';

describe('toTable(rows)', () => {
  it('runs its example', () => {
    expect(toTable([{ place: 'coast', label: 'single-source', best: 131 }])).toBe(
      'place  label          best\n-----  -------------  ----\ncoast  single-source   131\n',
    );
  });

  it('aligns every column: each line of a column starts at the same place', () => {
    const rows = toRows([sampleEstimate(), sampleEstimate({ scope: { place: 'sheer-mukhtariyeh-haffah', category: 'civilians' }, best: 31, low: 31 })]);
    const lines = toTable(rows).trimEnd().split('\n');
    const labelAt = lines[0]!.indexOf('label');
    for (const line of [lines[2]!, lines[3]!]) expect(line.slice(labelAt)).toMatch(/^single-source/);
  });

  it('puts the label and the best figure right after the scope for estimate rows, high shown as open', () => {
    const [header, , first] = toTable(toRows([sampleEstimate()])).split('\n');
    expect(header!.split(/\s+/).slice(0, 5)).toEqual(['place', 'category', 'label', 'best', 'low']);
    expect(first).toMatch(/^coast\s+all\s+single-source\s+131\s+131\s+open\s/);
  });

  it('shows history rows with the kind, the state after and the sentence last', () => {
    const text = toTable(toRows([sampleEntry()]));
    expect(text.split('\n')[0]!.split(/\s+/)).toEqual(['at', 'place', 'category', 'kind', 'after_label', 'after_best', 'after_low', 'after_high', 'sentence']);
    expect(text).toContain('raised its toll from more than 130 to more than 340.');
  });

  it('leaves no trailing spaces and keeps each row on one line', () => {
    const text = toTable([{ a: 'x', b: 'two\nlines' }, { a: 'longer', b: null }]);
    for (const line of text.trimEnd().split('\n')) expect(line).toBe(line.trimEnd());
    expect(text.trimEnd().split('\n')).toHaveLength(4);
  });

  it('cuts cells longer than maxWidth, except in the last column', () => {
    const text = toTable([{ a: 'abcdefghij', b: 'abcdefghij' }], { maxWidth: 5 });
    expect(text.split('\n')[2]).toBe('abcd…  abcdefghij');
  });

  it('does not mutate its input', () => {
    expect(() => toTable(deepFreeze(toRows([sampleEstimate()])))).not.toThrow();
  });
});
