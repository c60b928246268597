import { describeChange, namesFor } from '../../describe/index.js';
import { history } from '../../index.js';
import { csvChunks, HISTORY_COLUMNS, jsonChunks, timelineSvg, timelineVegaLite, toMarkdown, toRows, toTable } from '../../output/index.js';
import { HELP_OPTION, oneFile, oneOf, parseCommandArgs, POLICY_OPTIONS, policyOption, policyText, READ_OPTIONS } from '../args.js';
import { emit, type Output } from '../emit.js';
import type { Io } from '../io.js';
import { announce, loadDataset } from '../load.js';
import { caption } from './caption.js';

const FORMATS = ['table', 'json', 'csv', 'md', 'svg', 'vega-lite'] as const;
const LANGS = ['en', 'ar', 'fr', 'es'] as const;

/** `casualty-claims history FILE`: every change, or the timeline chart. */
export async function historyCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('history', argv, {
    ...HELP_OPTION,
    ...READ_OPTIONS,
    ...POLICY_OPTIONS,
    scope: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  const format = oneOf('history', 'format', values.format, FORMATS, 'table');
  const lang = oneOf('history', 'lang', values.lang, LANGS, 'en');
  const policy = policyOption('history', values);
  const file = oneFile('history', positionals);
  const dataset = await loadDataset(file, values, io);
  const scope = values.scope as string | undefined;
  let output: Output;
  const finished = announce(io, dataset, format === 'svg' || format === 'vega-lite' ? 'charting' : 'folding the history of');
  if (format === 'svg') output = timelineSvg(dataset, { scope, policy });
  else if (format === 'vega-lite') output = `${JSON.stringify(timelineVegaLite(dataset, { scope, policy }), null, 2)}\n`;
  else {
    const inEnglish = history(dataset, { scope, policy });
    const entries = lang === 'en' ? inEnglish : inEnglish.map((entry) => ({ ...entry, sentence: describeChange(entry, { lang }, namesFor(dataset, lang)) }));
    switch (format) {
      case 'json':
        output = jsonChunks(entries);
        break;
      case 'csv':
        output = csvChunks(toRows(entries), { columns: HISTORY_COLUMNS });
        break;
      case 'md':
        output = toMarkdown(toRows(entries), { columns: HISTORY_COLUMNS });
        break;
      case 'table': {
        const what = `${entries.length === 1 ? '1 change' : `${entries.length} changes`}${scope === undefined ? '' : ` of ${scope}`}, policy ${policyText(policy)}; times in ${dataset.timezone}`;
        output = `${caption(dataset, file, what)}\n${entries.length === 0 ? '(no change)\n' : toTable(toRows(entries), { timeZone: dataset.timezone })}`;
        break;
      }
    }
  }
  finished();
  await emit(io, output, values.output as string | undefined);
  return 0;
}
