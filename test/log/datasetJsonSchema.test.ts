import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DatasetSchema, datasetJsonSchema } from '../../src/index.js';
import { loadFixtures } from '../helpers.js';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  return ajv.compile(datasetJsonSchema());
}

/** A valid dataset, bent one way per case below. */
const valid = () => ({
  timezone: 'Asia/Damascus',
  sources: [{ id: 'sohr', name: 'SOHR', type: 'monitor', reliability: 'B' }],
  records: [
    { type: 'claim', id: 'c1', source: 'sohr', publishedAt: '2025-03-07T14:00:00+03:00', count: 'more than 130' },
    { type: 'silence', id: 's1', source: 'sohr', at: '2025-03-07' },
    { type: 'status', id: 'v1', claim: 'c1', status: 'verified', at: '2025-03-08' },
  ] as Record<string, unknown>[],
});

const invalidShapes: [string, (d: ReturnType<typeof valid>) => void][] = [
  ['an unknown top-level field', (d) => Object.assign(d, { extra: true })],
  ['an unknown record field', (d) => Object.assign(d.records[0]!, { colour: 'red' })],
  ['a missing required field', (d) => delete d.records[0]!.publishedAt],
  ['a count of the wrong type', (d) => Object.assign(d.records[0]!, { count: true })],
  ['a negative count', (d) => Object.assign(d.records[0]!, { count: -1 })],
  ['a fractional count', (d) => Object.assign(d.records[0]!, { count: 1.5 })],
  ['a time without seconds', (d) => Object.assign(d.records[0]!, { publishedAt: '2025-03-07T14:00+03:00' })],
  ['a time without an offset', (d) => Object.assign(d.records[0]!, { publishedAt: '2025-03-07T14:00:00' })],
  ['a date that does not exist', (d) => Object.assign(d.records[1]!, { at: '2025-02-30' })],
  ['an unknown record type', (d) => Object.assign(d.records[1]!, { type: 'rumour' })],
  ['an unknown source type', (d) => Object.assign(d.sources[0]!, { type: 'blog' })],
  ['a reliability grade off the scale', (d) => Object.assign(d.sources[0]!, { reliability: 'G' })],
  ['an unknown status', (d) => Object.assign(d.records[2]!, { status: 'confirmed' })],
  ['an id containing "/"', (d) => Object.assign(d.records[0]!, { id: 'a/b' })],
  ['an empty id', (d) => Object.assign(d.records[0]!, { id: '' })],
  ['an unknown language', (d) => Object.assign(d.records[0]!, { lang: 'de' })],
  ['an unknown scope field', (d) => Object.assign(d.records[0]!, { scope: { region: 'x' } })],
  ['records that are not a list', (d) => Object.assign(d, { records: {} })],
  ['a tree node with an unknown field', (d) => Object.assign(d, { places: { id: 'coast', children: [{ id: 'x', size: 3 }] } })],
];

describe('datasetJsonSchema()', () => {
  it('is a draft 2020-12 schema whose description says the cross-record rules are the library\'s alone', () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.description).toMatch(/cross-record rules .* are checked by the library alone/);
  });

  it('accepts every fixture of the project, as zod does', () => {
    const validate = validator();
    for (const { name, data } of loadFixtures()) {
      expect(validate(data), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(DatasetSchema.safeParse(data).success, name).toBe(true);
    }
  });

  it.each(invalidShapes)('rejects %s, as zod does', (_name, bend) => {
    const validate = validator();
    const data = valid();
    expect(validate(data)).toBe(true);
    bend(data);
    expect(validate(data)).toBe(false);
    expect(DatasetSchema.safeParse(data).success).toBe(false);
  });
});
