import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseDataset, reconcile } from '../../src/index.js';
import { timelineSvg } from '../../src/output/timelineSvg.js';
import { deepFreeze, loadFixture, loadFixtures } from '../helpers.js';
import { byClass, parseSvg } from './timeline.js';

describe('timelineSvg(dataset, {scope, policy})', () => {
  it('runs its example', () => {
    expect(timelineSvg(loadFixture('syria-coast-2025-03.json'), { scope: 'coast/all' }).startsWith('<svg')).toBe(true);
  });

  for (const { name, data } of loadFixtures()) {
    it(`gives well-formed XML with one mark per counted claim, for every scope of ${name}`, () => {
      const dataset = parseDataset(data);
      for (const estimate of reconcile(dataset)) {
        const svg = timelineSvg(dataset, { scope: estimate.scope });
        expect(XMLValidator.validate(svg), `${name} ${estimate.scope.place}/${estimate.scope.category}`).toBe(true);
        const root = parseSvg(svg);
        const own = byClass(root, 'claim').filter((mark) => !(mark.attributes.class ?? '').split(' ').includes('part'));
        const counted = estimate.records.filter((record) => record.role === 'counted').map((record) => record.id);
        expect(own.filter((mark) => mark.attributes['data-role'] === 'counted').map((mark) => mark.attributes['data-id']).sort()).toEqual([...counted].sort());
        const claimIds = estimate.records.filter((record) => dataset.records.find((r) => r.id === record.id)?.type === 'claim' && record.role !== 'silence');
        expect(own).toHaveLength(claimIds.length);
      }
    });
  }

  it('is self-contained: no script, no external reference, one root <svg> with its namespace', () => {
    const svg = timelineSvg(loadFixture('syria-coast-2025-03.json'));
    expect(svg).not.toMatch(/<script|href=|@import|url\((?!#)/);
    expect(parseSvg(svg).attributes.xmlns).toBe('http://www.w3.org/2000/svg');
  });

  it('draws a claim open above with an arrow up, and a bounded claim with a bar', () => {
    const svg = timelineSvg(loadFixture('edge/conflict.json'));
    const root = parseSvg(svg);
    const [open] = byClass(root, 'claim').filter((mark) => mark.attributes['data-id'] === 'hm-1');
    const [bounded] = byClass(root, 'claim').filter((mark) => mark.attributes['data-id'] === 'intel-1');
    // "471 killed" is a bare figure: a floor under the default policy, so open above.
    expect(open!.children.some((child) => child.tag === 'path' && /^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L/.test(child.attributes.d ?? ''))).toBe(true);
    expect(bounded!.children.filter((child) => child.tag === 'line')).toHaveLength(3);
  });

  it('hatches contested periods, so they read in black and white, and labels each change', () => {
    const root = parseSvg(timelineSvg(loadFixture('edge/conflict.json')));
    const contested = byClass(root, 'contested')[0]!;
    expect(contested.children.length).toBeGreaterThan(0);
    expect(contested.children.every((rect) => /^url\(#cc-hatch\)$/.test(rect.attributes.fill ?? ''))).toBe(true);
    const labels = byClass(root, 'step-label').map((label) => label.attributes['data-label']);
    expect(labels[labels.length - 1]).toBe('contested');
  });

  it('draws the band and the best line from the history of the scope', () => {
    const root = parseSvg(timelineSvg(loadFixture('edge/retraction.json')));
    expect(byClass(root, 'band')[0]!.children.filter((child) => child.tag === 'rect').length).toBeGreaterThanOrEqual(2);
    expect(byClass(root, 'best')[0]!.children.some((child) => child.tag === 'path')).toBe(true);
    const retracted = byClass(root, 'claim').find((mark) => mark.attributes['data-id'] === 'rc-1');
    expect(retracted?.attributes['data-role']).toBe('retracted');
  });

  it('draws claims about parts of the scope as parts, and leaves them out with parts: false', () => {
    const data = loadFixture('syria-coast-2025-03.json');
    const parts = byClass(parseSvg(timelineSvg(data, { scope: 'coast' })), 'part');
    expect(parts.map((mark) => mark.attributes['data-id'])).toContain('almayadeen-mukhtariyeh-1');
    expect(byClass(parseSvg(timelineSvg(data, { scope: 'coast', parts: false })), 'part')).toHaveLength(0);
  });

  it('is pure: the same input gives the same bytes, and the input is not mutated', () => {
    const data = deepFreeze(loadFixture('syria-coast-2025-03.json'));
    expect(timelineSvg(data)).toBe(timelineSvg(data));
  });

  it('escapes text, so names with markup stay text', () => {
    const data = loadFixture('edge/conflict.json') as { sources: { name: string }[] };
    data.sources[0]!.name = 'Health <ministry> & "co"';
    const svg = timelineSvg(data);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Health &lt;ministry&gt; &amp; &quot;co&quot;');
  });

  it('throws an OptionError for an unknown scope', () => {
    expect(() => timelineSvg(loadFixture('edge/conflict.json'), { scope: 'atlantis' })).toThrow(/atlantis/);
  });
});
