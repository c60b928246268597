// Preloaded with `node -r` into a child whose peak memory the bench wants: at exit,
// writes the process's max resident set size (bytes) to the file BENCH_RSS_FILE names.
// Measured by the child itself, so the bench needs no /usr/bin/time.
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
