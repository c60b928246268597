import { CLAIM_OPTIONAL_COLUMNS, CLAIM_REQUIRED_COLUMNS, SOURCE_OPTIONAL_COLUMNS, SOURCE_REQUIRED_COLUMNS } from './read/csvColumns.js';
import { ESTIMATE_COLUMNS, HISTORY_COLUMNS } from '../output/toRows.js';

const INPUTS = `Inputs (FILE; the format comes from the extension, or --input-format json|ndjson|csv; - reads standard input):
  .json             a dataset: {"timezone", "sources", "places", "categories", "records": [...]}
                    (casualty-claims schema prints its JSON Schema)
  .ndjson, .jsonl   NDJSON (JSON Lines): the same, one JSON value a line: first the header
                    {"type": "dataset", "timezone", "sources", "places", "categories"},
                    then one record a line. Read as a stream.
  .csv              one record a row, with the sources in a second CSV (--sources SOURCES.csv)
                    or in a JSON header (--header HEADER.json, holding timezone, sources,
                    places, categories, and optionally title and description).
                    Columns (first row; RFC 4180 quoting, so fields may hold commas,
                    quotes and line breaks):
                      required: ${CLAIM_REQUIRED_COLUMNS.join(', ')}
                      optional: ${CLAIM_OPTIONAL_COLUMNS.join(', ')}
                    type is claim (when empty), silence or status:
                      claim    id, source (the origin), publishedAt, count (wording such as
                               "more than 130", or digits), lang, place, category, from, to,
                               relayedBy (ids separated by ;), status (official), supersedes,
                               url, quote, note
                      silence  id, source (the silent source), publishedAt (when), place,
                               category, url, quote, note; count empty
                      status   id, claim (the claim's id), status (verified, disputed,
                               retracted, unverified), publishedAt (when), source (who said
                               so; the claim's own source when empty), url, note
                    An empty cell is an absent field.
                    Sources CSV columns: required ${SOURCE_REQUIRED_COLUMNS.join(', ')};
                      optional ${SOURCE_OPTIONAL_COLUMNS.join(', ')}`;

const READ_OPTIONS = `  --input-format F     json, ndjson or csv, when the extension does not say
  --sources FILE       for a CSV: the sources, as CSV
  --header FILE        for a CSV: timezone, sources, places and categories, as JSON`;

const POLICY_OPTIONS = `  --policy P           default, conservative, ucdp or ibc (default: default)
  --min-reliability G  leave out sources graded below G (A to F; ungraded ranks as F)`;

const EXIT_CODES = `Exit codes: 0 fine, 1 a check found a difference, 2 bad input or usage.
Problems go to standard error, one a line: file, line or record, field, what is wrong.`;

/** The help of the whole program. */
export const MAIN_HELP = `casualty-claims: reconcile competing death-toll claims into ranges, confidence
labels with their reasons, and the history of how the picture changed.

Usage: casualty-claims COMMAND FILE [options]

Commands:
  reconcile FILE   the estimate of every scope (or one): range, best, label, reasons
  history FILE     every change of the picture, with a sentence each; or a timeline chart
  describe FILE    the line a desk can publish for each scope
  validate FILE    list every problem of a dataset; exit 2 when there is one
  check FILE --expected OUT.json [--update]
                   recompute and compare with an expected output; exit 1 on a difference
  schema           print the dataset JSON Schema

Options for every command: --help, --version.
Run casualty-claims COMMAND --help for a command's options.

${INPUTS}

${EXIT_CODES}
`;

const ESTIMATE_CSV = `CSV and Markdown columns (one row a scope; lists joined by ;, scopes written
place/category, conflicts written a<b with a the claim that lies lower; an
empty high means open above, an empty best that the policy gives none):
  ${wrap(ESTIMATE_COLUMNS.join(', '), 76, '  ')}`;

const HISTORY_CSV = `CSV and Markdown columns (one row per change of one scope; before_* are
empty for a scope's first entry; an empty high means open above):
  ${wrap(HISTORY_COLUMNS.join(', '), 76, '  ')}`;

/** The help of each command. */
export const COMMAND_HELP: Record<string, string> = {
  reconcile: `Usage: casualty-claims reconcile FILE [options]

The estimate of every scope a record names and of their ancestors (or of the
one scope asked for), as of the newest record or --as-of.

Options:
  --as-of T            the moment: 2025-03-07T14:00:00+03:00, or a date (the end
                       of that day in the dataset's time zone)
  --scope P[/C]        one scope: a place id, and optionally a category id
${POLICY_OPTIONS}
  --format F           table (default), json, csv or md
  -o, --output FILE    write there instead of standard output
${READ_OPTIONS}

${ESTIMATE_CSV}

Run casualty-claims --help for the input formats.
${EXIT_CODES}
`,
  history: `Usage: casualty-claims history FILE [options]

Every change of the picture, oldest first: when, which record, what kind of
change, the state before and after, and a sentence. --format svg draws the
timeline of one scope (the roots when no --scope): each source's claims, the
reconciled range as a band, the best figure as a line, contested periods
hatched; vega-lite gives the same chart as a Vega-Lite v5 specification.

Options:
  --scope P[/C]        one scope's entries (and the scope the chart shows)
${POLICY_OPTIONS}
  --format F           table (default), json, csv, md, svg or vega-lite
  --lang L             the sentences in en (default), ar, fr or es
  -o, --output FILE    write there instead of standard output
${READ_OPTIONS}

${HISTORY_CSV}

Run casualty-claims --help for the input formats.
${EXIT_CODES}
`,
  describe: `Usage: casualty-claims describe FILE [options]

The line a desk can publish for each scope, with attribution and the
verification caveat; with --scope, that one line alone.

Options:
  --scope P[/C]        one scope
  --lang L             en (default), ar, fr or es
  --as-of T            the moment, as for reconcile
${POLICY_OPTIONS}
  -o, --output FILE    write there instead of standard output
${READ_OPTIONS}

Run casualty-claims --help for the input formats.
${EXIT_CODES}
`,
  validate: `Usage: casualty-claims validate FILE [options]

Checks a dataset: shapes (types, required and unknown fields, times) and the
rules across records (unique ids, references, supersedes and status order,
who may retract, the time zone, readable wording). Lists every problem on
standard error, one a line with the file, the line, the record and the
field; exits 2 when there is one, 0 when the dataset is valid.

Options:
${READ_OPTIONS}

Run casualty-claims --help for the input formats.
${EXIT_CODES}
`,
  check: `Usage: casualty-claims check FILE --expected OUT.json [--update] [options]

What a newsroom's CI runs on its fixtures. Recomputes, at the dataset's
newest record and under the policy, the estimates of every scope (every
field: range, best, label, reasons, conflicts, bounds, claims, silences and
the role of every record) and the whole change history (every entry: time,
record, kind, scope, before, after, sentence), and compares them with OUT.json.
Prints each difference on its own line: which scope (and record, for the
history), which field, what was expected and what came out; exits 1 when
there is one, 0 when there is none. --update writes OUT.json instead.

Options:
  --expected FILE      the expected output (JSON), required
  --update             write the expected output instead of comparing
  --policy P           default, conservative, ucdp or ibc (default: the policy
                       named in OUT.json, else default)
  --min-reliability G  leave out sources graded below G (A to F; ungraded ranks as F)
${READ_OPTIONS}

Run casualty-claims --help for the input formats.
${EXIT_CODES}
`,
  schema: `Usage: casualty-claims schema [-o FILE]

Prints the JSON Schema (draft 2020-12) of a dataset file, for notebooks and
tools in other languages. It checks shapes only; casualty-claims validate
checks the rules across records too.

Options:
  -o, --output FILE    write there instead of standard output
`,
};

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${indent}`);
}
