import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../src/output/toMarkdown.js';
import { toRows } from '../../src/output/toRows.js';
import { deepFreeze } from '../helpers.js';
import { sampleEstimate } from './sample.js';

describe('toMarkdown(rows)', () => {
  it('runs its example', () => {
    expect(toMarkdown([{ place: 'coast', best: 131 }])).toBe('| place | best |\n| --- | ---: |\n| coast | 131 |\n');
  });

  it('escapes | and turns line breaks into <br>, so text stays in its cell', () => {
    expect(toMarkdown([{ quote: 'a|b\nc' }])).toBe('| quote |\n| --- |\n| a\\|b<br>c |\n');
  });

  it('right-aligns columns of numbers, counting null as no value', () => {
    const text = toMarkdown([{ high: null, label: 'x' }, { high: 3, label: 'y' }]);
    expect(text.split('\n')[1]).toBe('| ---: | --- |');
  });

  it('shows null as the nullText given, for all columns or per column', () => {
    expect(toMarkdown([{ a: null, b: null }], { nullText: '-' })).toContain('| - | - |');
    expect(toMarkdown([{ a: null, b: null }], { nullText: { b: 'open' } })).toContain('|  | open |');
  });

  it('gives one line per estimate row under a header', () => {
    const text = toMarkdown(toRows([sampleEstimate(), sampleEstimate()]));
    expect(text.trimEnd().split('\n')).toHaveLength(4);
  });

  it('does not mutate its input', () => {
    expect(() => toMarkdown(deepFreeze([{ a: 1 }]))).not.toThrow();
  });
});
