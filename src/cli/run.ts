import { version } from '../../package.json';
import { CliError, EXIT } from './CliError.js';
import { checkCommand } from './commands/check.js';
import { describeCommand } from './commands/describe.js';
import { historyCommand } from './commands/history.js';
import { reconcileCommand } from './commands/reconcile.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { COMMAND_HELP, MAIN_HELP } from './help.js';
import type { Io } from './io.js';

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => Promise<number>> = {
  reconcile: reconcileCommand,
  history: historyCommand,
  describe: describeCommand,
  validate: validateCommand,
  check: checkCommand,
  schema: schemaCommand,
};

/**
 * Runs the program on its arguments and returns the exit code: 0 fine, 1 a
 * check found a difference, 2 bad input or usage. Every error is written to
 * standard error as plain lines; nothing is thrown and no stack is printed.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) {
      io.stderr.write(`Usage: casualty-claims COMMAND FILE [options]; commands: ${Object.keys(COMMANDS).join(', ')}. Run casualty-claims --help.\n`);
      return EXIT.bad;
    }
    if (command === '--help' || command === '-h') {
      io.stdout.write(MAIN_HELP);
      return EXIT.ok;
    }
    if (command === 'help') {
      const topic = rest[0];
      io.stdout.write(topic !== undefined && Object.hasOwn(COMMAND_HELP, topic) ? COMMAND_HELP[topic]! : MAIN_HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (handler === undefined) {
      const what = command.startsWith('-') ? `unknown option ${command}` : `unknown command ${JSON.stringify(command)}`;
      io.stderr.write(`casualty-claims: ${what}; the commands are ${Object.keys(COMMANDS).join(', ')} (see casualty-claims --help)\n`);
      return EXIT.bad;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(COMMAND_HELP[command]!);
      return EXIT.ok;
    }
    if (rest.includes('--version')) {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    return await handler(rest, io);
  } catch (error) {
    // Erase a progress line a long step may have left on a terminal.
    if (io.stderr.isTTY === true) io.stderr.write('\r\x1b[K');
    io.stderr.write(`${errorLines(error, argv[0]).join('\n')}\n`);
    return error instanceof CliError ? error.exitCode : EXIT.bad;
  }
}

/** The lines an error is reported in: its own for a CliError, one plain line otherwise. */
function errorLines(error: unknown, command: string | undefined): string[] {
  if (error instanceof CliError) return error.lines;
  const prefix = `casualty-claims${command === undefined ? '' : ` ${command}`}`;
  if (error instanceof Error) {
    const name = error.name;
    // Errors the library throws on purpose name what is wrong; anything else is a bug worth reporting.
    if (name === 'OptionError' || name === 'DatasetError' || name === 'CountParseError') {
      return error.message.split('\n').map((line) => `${prefix}: ${line.replace(/^- /, '')}`);
    }
    return [`${prefix}: internal error: ${oneLine(error.message)} (please report this)`];
  }
  return [`${prefix}: internal error: ${oneLine(String(error))} (please report this)`];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
