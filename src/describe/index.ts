/**
 * Publishable lines: `describe` writes the line for an estimate, and
 * `describeChange` the sentence of a history entry, in English, Arabic, French
 * and Spanish, as each language's newsrooms write them.
 */
export { describe } from './describe.js';
export { describeChange } from './describeChange.js';
export { namesFor } from './namesFor.js';
export { formatNumber, type FormatNumberOptions } from './format/number.js';
export {
  DESCRIBE_LANGS,
  type DescribeChangeOptions,
  type DescribeContext,
  type DescribeLang,
  type DescribeOptions,
  type DescribeStyle,
  type NamesContext,
} from './types.js';
