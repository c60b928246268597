import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDataset, reconcile } from '../../src/index.js';
import { timelineVegaLite } from '../../src/output/timelineVegaLite.js';
import { deepFreeze, loadFixture, loadFixtures } from '../helpers.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('vega-lite/build/vega-lite-schema.json'), 'utf8')) as Record<string, unknown>;
// The Vega-Lite schema is draft-07, which Ajv's default class validates; strict mode is off
// because the schema uses keywords and formats of its own.
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

describe('timelineVegaLite(dataset, {scope, policy})', () => {
  it('runs its example', () => {
    expect(timelineVegaLite(loadFixture('syria-coast-2025-03.json'), { scope: 'coast' }).$schema).toBe('https://vega.github.io/schema/vega-lite/v5.json');
  });

  it('the schema is the Vega-Lite v5 schema', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect((require('vega-lite/package.json') as { version: string }).version).toMatch(/^5\./);
  });

  for (const { name, data } of loadFixtures()) {
    it(`validates against the Vega-Lite schema for every scope of ${name}`, () => {
      const dataset = parseDataset(data);
      for (const estimate of reconcile(dataset)) {
        const spec = timelineVegaLite(dataset, { scope: estimate.scope });
        const valid = validate(spec);
        expect(valid, JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      }
    });
  }

  it('compiles with Vega-Lite and renders with Vega, one point per claim', async () => {
    const { compile } = await import('vega-lite');
    const vega = await import('vega');
    const data = loadFixture('edge/relay-chain.json');
    const spec = timelineVegaLite(data);
    const view = new vega.View(vega.parse(compile(spec as never).spec), { renderer: 'none' });
    const svg = await view.toSVG();
    expect(svg).toMatch(/^<svg/);
    const claimLayer = (spec.layer as { data: { values: { id: string; role: string }[] }; mark: { type: string } }[]).find(
      (layer) => layer.mark.type === 'point' && layer.data.values.some((value) => 'role' in value),
    );
    expect(claimLayer!.data.values.map((value) => value.id).sort()).toEqual(['m-1', 'm-1-paper', 'm-1-tv', 'm-2']);
    view.finalize();
  });

  it('is pure: the same input gives the same spec, and the input is not mutated', () => {
    const data = deepFreeze(loadFixture('syria-coast-2025-03.json'));
    expect(JSON.stringify(timelineVegaLite(data))).toBe(JSON.stringify(timelineVegaLite(data)));
  });
});
