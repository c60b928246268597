// The command-line program: arguments in, text out. Every piece of logic lives
// in the library or in src/cli/ modules that tests import; this file only
// connects them to the process.
import { run } from './run.js';

// A closed pipe (`casualty-claims history big.json | head`) ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`casualty-claims: internal error: ${message.replace(/\s*\n\s*/g, ' ')} (please report this)\n`);
  process.exitCode = 2;
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
}, fail);
