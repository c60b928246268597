import { reconcile } from '../../index.js';
import { csvChunks, ESTIMATE_COLUMNS, jsonChunks, toMarkdown, toRows, toTable } from '../../output/index.js';
import { HELP_OPTION, oneFile, oneOf, parseCommandArgs, POLICY_OPTIONS, policyOption, policyText, READ_OPTIONS } from '../args.js';
import { emit, type Output } from '../emit.js';
import type { Io } from '../io.js';
import { announce, loadDataset } from '../load.js';
import { caption, localMoment } from './caption.js';

const FORMATS = ['table', 'json', 'csv', 'md'] as const;

/** `casualty-claims reconcile FILE`: the estimate of every scope, or one. */
export async function reconcileCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('reconcile', argv, {
    ...HELP_OPTION,
    ...READ_OPTIONS,
    ...POLICY_OPTIONS,
    'as-of': { type: 'string' },
    scope: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const format = oneOf('reconcile', 'format', values.format, FORMATS, 'table');
  const policy = policyOption('reconcile', values);
  const file = oneFile('reconcile', positionals);
  const dataset = await loadDataset(file, values, io);
  const finished = announce(io, dataset, 'reconciling');
  const estimates = reconcile(dataset, { asOf: values['as-of'] as string | undefined, scope: values.scope as string | undefined, policy });
  finished();
  let output: Output;
  switch (format) {
    case 'json':
      output = jsonChunks(estimates);
      break;
    case 'csv':
      output = csvChunks(toRows(estimates), { columns: ESTIMATE_COLUMNS });
      break;
    case 'md':
      output = toMarkdown(toRows(estimates), { columns: ESTIMATE_COLUMNS });
      break;
    case 'table':
      output = `${caption(dataset, file, `${estimates.length === 1 ? '1 scope' : `${estimates.length} scopes`} as of ${localMoment(estimates[0]?.asOf ?? null, dataset.timezone)}, policy ${policyText(policy)}; times in ${dataset.timezone}`)}\n${toTable(toRows(estimates), { timeZone: dataset.timezone })}`;
      break;
  }
  await emit(io, output, values.output as string | undefined);
  return 0;
}
