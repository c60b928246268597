import { readFile } from 'node:fs/promises';
import { history, type PolicyOption, reconcile } from '../../index.js';
import { CliError, EXIT, fileErrorMessage } from '../CliError.js';
import { HELP_OPTION, oneFile, parseCommandArgs, POLICY_NAMES, POLICY_OPTIONS, policyOption, policyText, READ_OPTIONS } from '../args.js';
import { CHECK_ABOUT, type CheckOutput, compareCheckOutputs, formatDifference } from '../check/checkOutput.js';
import { emit } from '../emit.js';
import type { Io } from '../io.js';
import { parseJsonText } from '../read/jsonLocations.js';
import { announce, loadDataset } from '../load.js';

/** Differences listed before the rest are counted. */
const MAX_LISTED = 100;

/** `casualty-claims check FILE --expected OUT.json [--update]`: what CI runs on fixtures. */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', argv, {
    ...HELP_OPTION,
    ...READ_OPTIONS,
    ...POLICY_OPTIONS,
    expected: { type: 'string' },
    update: { type: 'boolean' },
  });
  const file = oneFile('check', positionals);
  const expectedFile = values.expected as string | undefined;
  if (expectedFile === undefined) throw new CliError('casualty-claims check: --expected OUT.json is required (see casualty-claims check --help)');
  const update = values.update === true;
  const given = policyOption('check', values);

  const expected = await readExpected(expectedFile, update);
  const policy = given ?? expectedPolicy(expected, expectedFile) ?? 'default';
  const dataset = await loadDataset(file, values, io);
  const finished = announce(io, dataset, 'reconciling and folding the history of');
  const estimates = reconcile(dataset, { policy });
  const actual: CheckOutput = {
    about: CHECK_ABOUT,
    policy,
    asOf: estimates[0]?.asOf ?? null,
    estimates,
    history: history(dataset, { policy }),
  };
  finished();
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  const counts = `${estimates.length === 1 ? '1 scope' : `${estimates.length} scopes`}, ${actual.history.length === 1 ? '1 history entry' : `${actual.history.length} history entries`}, policy ${policyText(policy)}`;

  if (update) {
    const differences = expected === undefined ? undefined : compareCheckOutputs(expected, JSON.parse(text));
    await emit(io, text, expectedFile);
    const note = differences === undefined ? 'written' : differences.length === 0 ? 'unchanged' : `updated (${differences.length === 1 ? '1 difference' : `${differences.length} differences`})`;
    io.stdout.write(`${expectedFile}: ${note} (${counts})\n`);
    return EXIT.ok;
  }
  const differences = compareCheckOutputs(expected, JSON.parse(text));
  if (differences.length === 0) {
    io.stdout.write(`${file}: matches ${expectedFile} (${counts})\n`);
    return EXIT.ok;
  }
  const lines = differences.slice(0, MAX_LISTED).map(formatDifference);
  if (differences.length > MAX_LISTED) lines.push(`... and ${differences.length - MAX_LISTED} more`);
  io.stdout.write(`${file}: differs from ${expectedFile} (${counts}):\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
  io.stderr.write(
    `${file}: check failed: ${differences.length === 1 ? '1 difference' : `${differences.length} differences`} from ${expectedFile}; if the change is intended, run casualty-claims check ${file} --expected ${expectedFile} --update\n`,
  );
  return EXIT.difference;
}

async function readExpected(file: string, update: boolean): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      if (update) return undefined;
      throw new CliError(`${file}: no such file; run with --update to write it`);
    }
    throw new CliError(fileErrorMessage(file, error));
  }
  const parsed = parseJsonText(text, file);
  if ('message' in parsed) {
    if (update) return undefined;
    throw new CliError(parsed.message);
  }
  if (!update && (typeof parsed.value !== 'object' || parsed.value === null || !Array.isArray((parsed.value as { estimates?: unknown }).estimates))) {
    throw new CliError(`${file}: not an expected output of casualty-claims check (no "estimates"); run with --update to write one`);
  }
  return parsed.value;
}

/** The policy an expected file was written under, when it names a known one. */
function expectedPolicy(expected: unknown, file: string): PolicyOption | undefined {
  const policy = (expected as { policy?: unknown } | undefined)?.policy;
  if (policy === undefined) return undefined;
  const name = typeof policy === 'object' && policy !== null ? (policy as { name?: unknown }).name : policy;
  if (typeof name !== 'string' || !(POLICY_NAMES as readonly string[]).includes(name)) {
    throw new CliError(`${file}: policy ${JSON.stringify(policy)} is not one of ${POLICY_NAMES.join(', ')}`);
  }
  return policy as PolicyOption;
}
