// Draws the README chart: the timeline of the Syria fixture's whole scope, as
// docs/syria-timeline.svg. Needs the built library (npm run build).
//   node scripts/render-timeline.mjs [DATASET.json] [OUT.svg] [SCOPE]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timelineSvg } from '../dist/index.js';

const root = new URL('../', import.meta.url);
const [datasetPath = 'fixtures/syria-coast-2025-03.json', outPath = 'docs/syria-timeline.svg', scope] = process.argv.slice(2);
const dataset = JSON.parse(readFileSync(new URL(datasetPath, root), 'utf8'));
const svg = timelineSvg(dataset, scope === undefined ? {} : { scope });
const out = new URL(outPath, root);
mkdirSync(dirname(fileURLToPath(out)), { recursive: true });
writeFileSync(out, svg);
console.log(`wrote ${outPath} (${svg.length.toLocaleString('en')} bytes)`);
