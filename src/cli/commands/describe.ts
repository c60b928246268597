import { describe, namesFor } from '../../describe/index.js';
import { reconcile } from '../../index.js';
import { HELP_OPTION, oneFile, oneOf, parseCommandArgs, POLICY_OPTIONS, policyOption, READ_OPTIONS } from '../args.js';
import { emit } from '../emit.js';
import type { Io } from '../io.js';
import { announce, loadDataset } from '../load.js';

const LANGS = ['en', 'ar', 'fr', 'es'] as const;

/** `casualty-claims describe FILE`: the publishable line of each scope. */
export async function describeCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('describe', argv, {
    ...HELP_OPTION,
    ...READ_OPTIONS,
    ...POLICY_OPTIONS,
    'as-of': { type: 'string' },
    scope: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const lang = oneOf('describe', 'lang', values.lang, LANGS, 'en');
  const policy = policyOption('describe', values);
  const file = oneFile('describe', positionals);
  const dataset = await loadDataset(file, values, io);
  const scope = values.scope as string | undefined;
  const finished = announce(io, dataset, 'reconciling');
  const estimates = reconcile(dataset, { asOf: values['as-of'] as string | undefined, scope, policy });
  finished();
  // The whole answer goes along, so a low summed from other scopes names their sources.
  const context = { ...namesFor(dataset, lang), estimates: scope === undefined ? estimates : reconcile(dataset, { asOf: values['as-of'] as string | undefined, policy }) };
  const lines = estimates.map((estimate) => {
    const line = describe(estimate, { lang }, context);
    return scope === undefined ? `${estimate.scope.place}/${estimate.scope.category}: ${line}` : line;
  });
  await emit(io, `${lines.join('\n')}\n`, values.output as string | undefined);
  return 0;
}
