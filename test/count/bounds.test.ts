import { describe, expect, it } from 'vitest';
import { betweenBounds, boundsFor, elevenTenthsUp, isBoundsProblem, nineTenthsDown } from '../../src/count/bounds.js';

describe('bounds of a qualified figure, in integers', () => {
  it('elevenTenthsUp(N) is ⌈11N/10⌉ computed in integers: 1540 for 1400, where Math.ceil(1.1 * 1400) is 1541', () => {
    expect(Math.ceil(1.1 * 1400)).toBe(1541);
    expect(elevenTenthsUp(1400)).toBe(1540);
  });

  it('nineTenthsDown(N) and elevenTenthsUp(N) agree with BigInt arithmetic for small, round and huge N', () => {
    const values = [0, 1, 9, 10, 11, 24, 99, 100, 101, 1399, 1400, 1401, 123_456_789, 2 ** 52, Number.MAX_SAFE_INTEGER - 1e15];
    for (const n of values) {
      const big = BigInt(n);
      expect(nineTenthsDown(n), `⌊9·${n}/10⌋`).toBe(Number((9n * big) / 10n));
      expect(elevenTenthsUp(n), `⌈11·${n}/10⌉`).toBe(Number((11n * big + 9n) / 10n));
    }
  });

  it('boundsFor(qualifier, N) gives each row of the table', () => {
    expect(boundsFor('exact', 130)).toEqual({ min: 130, max: 130, figure: 130 });
    expect(boundsFor('at-least', 130)).toEqual({ min: 130, max: null, figure: 130 });
    expect(boundsFor('more-than', 130)).toEqual({ min: 131, max: null, figure: 131 });
    expect(boundsFor('at-most', 130)).toEqual({ min: 0, max: 130, figure: null });
    expect(boundsFor('fewer-than', 130)).toEqual({ min: 0, max: 129, figure: null });
    expect(boundsFor('about', 24)).toEqual({ min: 21, max: 27, figure: 24 });
    expect(boundsFor('nearly', 1_500_000)).toEqual({ min: 1_350_000, max: 1_499_999, figure: 1_499_999 });
    expect(boundsFor('just-over', 100)).toEqual({ min: 101, max: 110, figure: 101 });
  });

  it('boundsFor(qualifier, N) gives a problem, not a range, when the range would be empty', () => {
    expect(isBoundsProblem(boundsFor('nearly', 0))).toBe(true);
    expect(isBoundsProblem(boundsFor('fewer-than', 0))).toBe(true);
    expect(isBoundsProblem(boundsFor('just-over', 0))).toBe(true);
    expect(boundsFor('nearly', 1)).toEqual({ min: 0, max: 0, figure: 0 });
    expect(boundsFor('about', 0)).toEqual({ min: 0, max: 0, figure: 0 });
  });

  it('boundsFor(qualifier, N) gives a problem past the safe integers', () => {
    expect(boundsFor('about', Number.MAX_SAFE_INTEGER)).toMatchObject({ problem: 'too-large' });
    expect(boundsFor('more-than', Number.MAX_SAFE_INTEGER)).toMatchObject({ problem: 'too-large' });
  });

  it('betweenBounds(A, B) is [A, B] with the midpoint rounded down, and empty when B < A', () => {
    expect(betweenBounds(30, 61)).toEqual({ min: 30, max: 61, figure: 45 });
    expect(betweenBounds(5, 5)).toEqual({ min: 5, max: 5, figure: 5 });
    expect(betweenBounds(60, 30)).toMatchObject({ problem: 'empty-range' });
  });
});
