// Writes the dataset JSON Schema beside the build, for notebooks in other languages.
import { writeFileSync } from 'node:fs';
import { datasetJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../dist/dataset.schema.json', import.meta.url), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
