import { parseArgs } from 'node:util';
import type { PolicyOption } from '../index.js';
import { CliError } from './CliError.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: false }>;
export type Values = Record<string, string | boolean | undefined>;

/** Options every command that reads a dataset takes. */
export const READ_OPTIONS: OptionSpec = {
  'input-format': { type: 'string' },
  sources: { type: 'string' },
  header: { type: 'string' },
};
export const POLICY_OPTIONS: OptionSpec = {
  policy: { type: 'string' },
  'min-reliability': { type: 'string' },
};
export const HELP_OPTION: OptionSpec = { help: { type: 'boolean', short: 'h' } };

/** The policies the library knows (SPEC.md, "Policies"). */
export const POLICY_NAMES = ['default', 'conservative', 'ucdp', 'ibc'] as const;
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * Parses a command's arguments with `util.parseArgs` (strict: an unknown
 * option is an error), turning its errors into one plain line.
 *
 * @throws {CliError} naming the option that is wrong.
 */
export function parseCommandArgs(command: string, argv: readonly string[], options: OptionSpec): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    throw new CliError(`casualty-claims ${command}: ${argumentProblem(error)} (see casualty-claims ${command} --help)`);
  }
}

function argumentProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
  switch ((error as { code?: unknown }).code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(message)) return `${option} needs a value`;
      if (/does not take an argument/.test(message)) return `${option} takes no value`;
      return message.split('\n')[0] ?? message;
    default:
      return (message.split('\n')[0] ?? message).replace(/\.$/, '');
  }
}

/** The one FILE a command reads. */
export function oneFile(command: string, positionals: readonly string[]): string {
  if (positionals.length === 0) throw new CliError(`casualty-claims ${command}: which file? Usage: casualty-claims ${command} FILE (see --help)`);
  if (positionals.length > 1) {
    throw new CliError(`casualty-claims ${command}: one FILE, got ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(' ')}`);
  }
  return positionals[0]!;
}

/** The policy option from --policy and --min-reliability, or undefined when neither is given. */
export function policyOption(command: string, values: Values): PolicyOption | undefined {
  const name = values.policy as string | undefined;
  const grade = values['min-reliability'] as string | undefined;
  if (name !== undefined && !(POLICY_NAMES as readonly string[]).includes(name)) {
    throw new CliError(`casualty-claims ${command}: --policy ${JSON.stringify(name)} is not one of ${POLICY_NAMES.join(', ')}`);
  }
  if (grade !== undefined && !(GRADES as readonly string[]).includes(grade.toUpperCase())) {
    throw new CliError(`casualty-claims ${command}: --min-reliability ${JSON.stringify(grade)} is not a grade A to F`);
  }
  const policyName = (name ?? 'default') as (typeof POLICY_NAMES)[number];
  if (grade === undefined) return name === undefined ? undefined : policyName;
  return { name: policyName, minReliability: grade.toUpperCase() as (typeof GRADES)[number] };
}

/** The policy as text, for captions: `ucdp (minReliability C)`. */
export function policyText(policy: PolicyOption | undefined): string {
  if (policy === undefined) return 'default';
  if (typeof policy === 'string') return policy;
  return policy.minReliability === undefined ? policy.name : `${policy.name} (minReliability ${policy.minReliability})`;
}

/** Checks that a string option is one of some values. */
export function oneOf<T extends string>(command: string, option: string, value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new CliError(`casualty-claims ${command}: --${option} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}
