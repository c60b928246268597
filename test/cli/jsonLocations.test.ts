import { describe, expect, it } from 'vitest';
import { brokenJsonMessage, findJsonError, lineOf, locateJsonPaths, pathKey } from '../../src/cli/read/jsonLocations.js';

describe('findJsonError(text)', () => {
  it('runs its example', () => {
    expect(findJsonError('{"a": 1,}')).toEqual({ index: 8, what: "expected a property name in double quotes, found '}'" });
  });

  it('returns null exactly when JSON.parse accepts the text', () => {
    const texts = ['{}', '[]', ' 1 ', '"a\\u00e9"', '{"a":[1,{"b":null}],"c":true}', '-0.5e+3', '{"a":}', '[1 2]', '{"a":1}}', "{'a':1}", '01', '"a\nb"', '[', '"\\x"', 'tru', ''];
    for (const text of texts) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonError(text) === null, text).toBe(valid);
    }
  });

  it('does not overflow the stack on deep nesting', () => {
    expect(findJsonError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull();
    expect(findJsonError('['.repeat(100_000))).toMatchObject({ index: 100_000 });
  });
});

describe('brokenJsonMessage(text, file, error, firstLine)', () => {
  it('names the file, line and column, and what is wrong', () => {
    expect(brokenJsonMessage('{\n  "a": 1,\n  "b": }\n', 'data.json', new Error(), 0)).toBe("data.json:3:8: broken JSON: expected a value, found '}'");
  });

  it('counts lines from firstLine for one line of an NDJSON file', () => {
    expect(brokenJsonMessage('{"type": "claim",', 'data.ndjson', new Error(), 7)).toMatch(/^data\.ndjson:7:18: broken JSON: /);
  });
});

describe('locateJsonPaths(text, paths)', () => {
  const text = '{\n  "sources": [\n    {"id": "a"}\n  ],\n  "records": [\n    {"id": "c1"},\n    {"id": "c2",\n     "scope": {"place": "x"}}\n  ]\n}\n';

  it('runs its example', () => {
    expect(locateJsonPaths('{\n"records": [\n{"id": "a"},\n{"id": "b"}]}', [['records', 1, 'id']]).get(pathKey(['records', 1]))).toBe(4);
  });

  it('finds the line of each value on a path, and lineOf falls back to the deepest prefix found', () => {
    const found = locateJsonPaths(text, [['records', 1, 'scope', 'place'], ['sources', 0, 'type']]);
    expect(lineOf(found, ['records', 1, 'scope', 'place'])).toBe(8);
    expect(lineOf(found, ['records', 1])).toBe(7);
    expect(lineOf(found, ['sources', 0, 'type'])).toBe(3);
    expect(lineOf(found, ['records', 0])).toBe(5);
  });

  it('is not misled by brackets, commas and escaped quotes inside strings', () => {
    const tricky = '{"records": [\n{"id": "a,]}\\"["},\n{"id": "b"}]}';
    expect(lineOf(locateJsonPaths(tricky, [['records', 1]]), ['records', 1])).toBe(3);
  });
});
