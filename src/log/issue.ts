import type * as z from 'zod';
import { type DatasetIssue, quote } from './DatasetError.js';
import { describeLocation } from './describeLocation.js';

/**
 * Builds an issue whose message reads `records[3] (claim c4): source 'sohr2' is
 * not among the sources`: the location, the field, then the problem.
 */
export function makeIssue(input: unknown, path: (string | number)[], problem: string, value?: unknown): DatasetIssue {
  const { where, field, id } = describeLocation(input, path);
  const message = field === '' ? `${where}: ${problem}` : `${where}: ${field} ${problem}`;
  return { path, id, ...(value === undefined ? {} : { value }), problem, message };
}

/** Turns zod's issues into dataset issues, one per unknown field. */
export function fromZodIssues(input: unknown, issues: readonly z.core.$ZodIssue[]): DatasetIssue[] {
  const out: DatasetIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const value: unknown = 'input' in issue ? issue.input : undefined;
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push(makeIssue(input, [...path, key], 'is not a known field'));
        break;
      case 'invalid_type':
        out.push(
          value === undefined
            ? makeIssue(input, path, 'is required')
            : makeIssue(input, path, `must be ${article(issue.expected)}, got ${quote(value)}`, value),
        );
        break;
      case 'invalid_value':
        out.push(makeIssue(input, path, `must be ${issue.values.map((v) => quote(v)).join(', ')}; got ${quote(value)}`, value));
        break;
      case 'invalid_union':
        if (value === undefined && 'input' in issue) out.push(makeIssue(input, path, 'is required'));
        else if ((issue as { note?: string }).note === 'No matching discriminator') {
          out.push(makeIssue(input, path, `must be 'claim', 'silence' or 'status'; got ${quote(discriminator(value))}`, discriminator(value)));
        } else out.push(makeIssue(input, path, issue.message, value));
        break;
      case 'too_small':
        out.push(makeIssue(input, path, issue.message.startsWith('must') ? `${issue.message}, got ${quote(value)}` : `must be at least ${String(issue.minimum)}, got ${quote(value)}`, value));
        break;
      default:
        out.push(makeIssue(input, path, value === undefined ? issue.message : `${issue.message}, got ${quote(value)}`, value));
    }
  }
  return out;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function discriminator(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : value;
}
