import { HELP_OPTION, oneFile, parseCommandArgs, READ_OPTIONS } from '../args.js';
import type { Io } from '../io.js';
import { loadDataset } from '../load.js';

/** `casualty-claims validate FILE`: every problem, or a one-line summary of a valid dataset. */
export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', argv, { ...HELP_OPTION, ...READ_OPTIONS });
  const file = oneFile('validate', positionals);
  const dataset = await loadDataset(file, values, io, { all: true });
  const counts = { claim: 0, silence: 0, status: 0 };
  for (const record of dataset.records) counts[record.type]++;
  const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  io.stdout.write(
    `${file}: valid: ${plural(dataset.records.length, 'record', 'records')} (${plural(counts.claim, 'claim', 'claims')}, ${plural(counts.silence, 'silence', 'silences')}, ${plural(counts.status, 'status change', 'status changes')}), ` +
      `${plural(dataset.sources.length, 'source', 'sources')}, ${plural(dataset.index.places.ids.length, 'place', 'places')}, ${plural(dataset.index.categories.ids.length, 'category', 'categories')}\n`,
  );
  return 0;
}
