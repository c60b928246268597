/** One problem found in a dataset. */
export interface DatasetIssue {
  /** Where it is, as a path into the input: `['records', 3, 'source']`. */
  path: (string | number)[];
  /** The record's id when the problem lies in a record, source or tree node. */
  id?: string | undefined;
  /** The offending value, when there is one. */
  value?: unknown;
  /** What is wrong, in a plain sentence without the location. */
  problem: string;
  /** The location and the problem in one line: `records[3] (claim c4): source 'sohr2' is not among the sources`. */
  message: string;
}

/**
 * Thrown by `parseDataset` with every problem of the dataset, each naming
 * where it is, the record, the field and the offending value.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly issues: DatasetIssue[];

  constructor(issues: DatasetIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid dataset (${count}):\n${issues.map((issue) => `- ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** Writes a path the way JavaScript would: `records[3].scope.place`. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

/** Quotes a value for a message: strings in single quotes, the rest as JSON. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}
