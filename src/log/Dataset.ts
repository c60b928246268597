import type { CountLang, Qualifier } from '../count/types.js';
import type { LogRecord } from './schema/records.js';
import type { Source } from './schema/source.js';
import type { TreeNode } from './schema/tree.js';
import type { TreeIndex } from './indexTree.js';

/** A claim's count as reconciliation reads it, whatever form it was given in. */
export interface CountReading {
  /** The count as given: the wording, the whole number, or `min-max`. */
  wording: string;
  min: number;
  max: number | null;
  qualifier: Qualifier;
  /** A figure stated without a qualifier: a floor under the default policy. */
  bare: boolean;
  /** The figure the wording states (SPEC.md step 5), or null. */
  figure: number | null;
  /** The wording says no figure was given: the claim counts as a silence. */
  noFigure: boolean;
  /** The language the wording was read in; null for a number or a range. */
  lang: CountLang | null;
}

/**
 * What `parseDataset` derives once so that every later fold is a single pass:
 * positions refer to `dataset.records`, trees are flattened depth first.
 */
export interface DatasetIndex {
  /** Record positions in log order: by time, then links, then id. */
  order: Int32Array;
  /** The time each record takes effect, in epoch milliseconds. */
  time: Float64Array;
  /** 1 where the record is dated by a date alone. */
  dateOnly: Uint8Array;
  /** The scope of each record (a status takes its claim's), as tree positions. */
  place: Int32Array;
  category: Int32Array;
  /** Source position of a claim or silence; of the `by` of a status (-1 when absent). */
  source: Int32Array;
  /** For a status: its claim's position; for a claim that supersedes: the replaced claim's; else -1. */
  link: Int32Array;
  /** For each claim: its count as read; null for other records. */
  readings: (CountReading | null)[];
  /** For each source position: its group (its own id when it has none). */
  groups: string[];
  sourceById: Map<string, number>;
  recordById: Map<string, number>;
  places: TreeIndex;
  categories: TreeIndex;
}

/** A validated dataset, as `parseDataset` returns it. */
export interface Dataset {
  title?: string | undefined;
  description?: string | undefined;
  /** The IANA zone for times given as a date alone ('UTC' when the input had none). */
  timezone: string;
  sources: Source[];
  places?: TreeNode | undefined;
  categories?: TreeNode | undefined;
  /** The log, in the order given. */
  records: LogRecord[];
  /** Derived data; not enumerable, so the dataset serialises as it was given. */
  readonly index: DatasetIndex;
}
