import { datasetJsonSchema } from '../../index.js';
import { CliError } from '../CliError.js';
import { HELP_OPTION, parseCommandArgs } from '../args.js';
import { emit } from '../emit.js';
import type { Io } from '../io.js';

/** `casualty-claims schema`: the dataset JSON Schema. */
export async function schemaCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', argv, { ...HELP_OPTION, output: { type: 'string', short: 'o' } });
  if (positionals.length > 0) throw new CliError(`casualty-claims schema: takes no FILE, got ${JSON.stringify(positionals[0])}`);
  await emit(io, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, values.output as string | undefined);
  return 0;
}
