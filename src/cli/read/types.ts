import type { DatasetIssue } from '../../index.js';

/** A dataset read from files, not yet validated, with a way to place each problem in the files. */
export interface ReadDataset {
  /** The dataset object as `parseDataset` takes it. */
  input: unknown;
  /** One line per validation problem: `FILE:LINE: records[3] (claim c4): source 'x' is not among the sources`. */
  formatIssues(issues: readonly DatasetIssue[]): Promise<string[]>;
}

/** The input formats the program reads. */
export type InputFormat = 'json' | 'ndjson' | 'csv';
export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'ndjson', 'csv'];
