import { readFileSync, writeFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { describe, describeChange, history, namesFor, parseDataset, reconcile } from '../../src/index.js';
import { loadFixture } from '../helpers.js';

const LANGS = ['en', 'ar', 'fr', 'es'] as const;
const EXPECTED = new URL('../../fixtures/syria-coast-2025-03.lines.expected.json', import.meta.url);

/** Every publishable line and every history sentence of the Syria fixture, in the four languages. */
function lines() {
  const data = parseDataset(loadFixture('syria-coast-2025-03.json'));
  const estimates = reconcile(data);
  const entries = history(data);
  return Object.fromEntries(
    LANGS.map((lang) => {
      const names = namesFor(data, lang);
      return [
        lang,
        {
          lines: Object.fromEntries(estimates.map((e) => [`${e.scope.place}/${e.scope.category}`, describe(e, { lang }, { ...names, estimates })])),
          history: entries.map((entry) => `${entry.record} @ ${entry.scope.place}/${entry.scope.category}: ${describeChange(entry, { lang }, names)}`),
        },
      ];
    }),
  );
}

group('the Syria fixture in four languages', () => {
  it('writes the lines and history sentences checked in as fixtures/syria-coast-2025-03.lines.expected.json', () => {
    const actual = lines();
    // UPDATE_LINES=1 rewrites the expected file after a reviewed change of wording.
    if (process.env.UPDATE_LINES === '1') writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });
});
