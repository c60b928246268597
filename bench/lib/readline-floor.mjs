// The floor for any NDJSON reader: read the file line by line with Node's
// readline and JSON.parse each line, keeping nothing. Usage: node readline-floor.mjs FILE.ndjson
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
let count = 0;
for await (const line of lines) {
  if (line.length === 0) continue;
  JSON.parse(line);
  count++;
}
process.stderr.write(`${count} lines\n`);
