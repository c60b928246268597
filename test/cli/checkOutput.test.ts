import { describe, expect, it } from 'vitest';
import { compareCheckOutputs, formatDifference } from '../../src/cli/check/checkOutput.js';
import { sampleEntry, sampleEstimate } from '../output/sample.js';

function output(overrides: Record<string, unknown> = {}) {
  return JSON.parse(JSON.stringify({ policy: 'default', asOf: '2025-03-06T21:00:00.000Z', estimates: [sampleEstimate()], history: [sampleEntry()], ...overrides })) as Record<string, unknown>;
}

describe('compareCheckOutputs(expected, actual)', () => {
  it('runs its example', () => {
    expect(compareCheckOutputs({ asOf: 'a', estimates: [], history: [] }, { asOf: 'b', estimates: [], history: [] })).toEqual([
      { where: 'output', field: 'asOf', expected: 'a', actual: 'b' },
    ]);
  });

  it('finds no difference between equal outputs', () => {
    expect(compareCheckOutputs(output(), output())).toEqual([]);
  });

  it('names the scope, the field, and both values of a changed field', () => {
    const actual = output({ estimates: [sampleEstimate({ label: 'contested', best: 200 })] });
    expect(compareCheckOutputs(output(), actual).map(formatDifference)).toEqual([
      "estimate coast/all: best: expected 131, got 200",
      "estimate coast/all: label: expected 'single-source', got 'contested'",
    ]);
  });

  it('matches list elements by id or code, so one changed claim is one line', () => {
    const estimate = sampleEstimate();
    const changed = sampleEstimate({ claims: [{ ...estimate.claims[0]!, min: 130 }], reasons: [estimate.reasons[1]!, estimate.reasons[0]!] });
    const lines = compareCheckOutputs(output(), output({ estimates: [changed] })).map(formatDifference);
    expect(lines).toContain('estimate coast/all: claims[sohr-coast-1].min: expected 131, got 130');
    expect(lines).toContain('estimate coast/all: reasons (order): expected ["single-origin","relayed"], got ["relayed","single-origin"]');
  });

  it('reports a scope that is missing or added as one line each', () => {
    const other = sampleEstimate({ scope: { place: 'latakia', category: 'all' } });
    const lines = compareCheckOutputs(output(), output({ estimates: [other] })).map(formatDifference);
    expect(lines).toEqual([
      'estimate coast/all: expected {"low":131,"best":131,"high":null,"label":"single-source"}, got nothing',
      'estimate latakia/all: not expected, got {"low":131,"best":131,"high":null,"label":"single-source"}',
    ]);
  });

  it('matches history entries by scope and record, naming the field of the state after', () => {
    const entry = sampleEntry();
    const actual = output({ history: [{ ...entry, after: { ...entry.after, low: 400 } }] });
    expect(compareCheckOutputs(output(), actual).map(formatDifference)).toEqual(['history coast/all sohr-coast-2: after.low: expected 341, got 400']);
  });

  it('reports estimates that come in another order', () => {
    const a = sampleEstimate();
    const b = sampleEstimate({ scope: { place: 'latakia', category: 'all' } });
    const lines = compareCheckOutputs(output({ estimates: [a, b] }), output({ estimates: [b, a] })).map(formatDifference);
    expect(lines).toEqual(["estimate order: position 0: expected 'estimate coast/all', got 'estimate latakia/all'"]);
  });

  it('tells a different policy', () => {
    expect(compareCheckOutputs(output(), output({ policy: 'ucdp' })).map(formatDifference)).toEqual(["output: policy: expected 'default', got 'ucdp'"]);
  });
});
