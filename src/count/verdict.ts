import type { Evidence } from './evidence.js';
import type { ScanMode, Verdict } from './scan.js';
import type { CountKind } from './types.js';

const NON_DEATH: ReadonlySet<string> = new Set(['injured', 'missing', 'arrested', 'displaced']);

/**
 * The verdict of one figure from its own evidence (links are followed afterwards by
 * `propagate`): a difference or a rate is skipped; the dead (alone or with others) make a
 * count, with the kind its context gives; in a sentence, a figure whose context is silent
 * is unknown. Constant time.
 *
 * @example
 * judge({basis: 'death', category: null, projection: true, increment: false, denied: false, rate: false, difference: false, linkedTo: -1, listedWith: -1, subsetOf: -1}, 'sentence'); // => {status: 'count', kind: 'projection', category: null}
 */
export function judge(evidence: Evidence, mode: ScanMode): Verdict {
  const category = evidence.category;
  if (evidence.difference) return { status: 'skip', reason: 'difference', category };
  if (evidence.rate) return { status: 'skip', reason: 'rate', category };
  let basis = evidence.basis;
  if (basis === null) {
    if (evidence.linkedTo !== -1 || evidence.listedWith !== -1 || evidence.subsetOf !== -1) return { status: 'unknown', category };
    // In a sentence a figure counts the dead only when its context says so; a claim's wording is a death count unless it says otherwise.
    if (mode === 'sentence') return { status: 'unknown', category };
    basis = 'death';
  }
  if (basis !== 'death' && basis !== 'mixed') return { status: 'skip', reason: basis, category };
  return { status: 'count', kind: kindOf(basis, evidence), category };
}

function kindOf(basis: 'death' | 'mixed', evidence: Evidence): CountKind {
  if (evidence.denied) return 'denied';
  if (evidence.projection) return 'projection';
  if (evidence.increment) return 'increment';
  return basis === 'mixed' ? 'mixed' : 'deaths';
}

/**
 * Follows links between figures: "including 30 civilians" and "30 civilians and
 * 20 soldiers" take what the figure they belong to counts; a figure whose own
 * context is silent takes what the figures listed with it or including it count
 * ("5 police officers and 11 gunmen were killed", "two journalists among 9 killed").
 * Linear in the number of figures.
 *
 * @example
 * scanTokens(tokenize('Two journalists were among 9 killed'), LEXICONS.en, 'sentence').findings.map((finding) => finding.verdict.status); // => ['count', 'count']
 */
export function propagate(verdicts: Verdict[], evidence: readonly (Evidence | null)[]): void {
  const adopt = (target: number, from: Verdict) => {
    const verdict = verdicts[target] as Verdict;
    const found = evidence[target] ?? null;
    if (verdict.status !== 'unknown' || found === null) return;
    if (from.status === 'count') {
      verdicts[target] = { status: 'count', kind: kindOf(from.kind === 'mixed' ? 'mixed' : 'death', found), category: verdict.category };
    } else if (from.status === 'skip' && NON_DEATH.has(from.reason)) {
      verdicts[target] = { status: 'skip', reason: from.reason, category: verdict.category };
    }
  };
  for (let position = 0; position < verdicts.length; position++) {
    const found = evidence[position] ?? null;
    if (found === null) continue;
    const source = found.linkedTo !== -1 ? found.linkedTo : found.listedWith;
    if (source !== -1) adopt(position, verdicts[source] as Verdict);
  }
  for (let position = verdicts.length - 1; position >= 0; position--) {
    const found = evidence[position] ?? null;
    if (found === null) continue;
    if (found.subsetOf !== -1) adopt(position, verdicts[found.subsetOf] as Verdict);
    const verdict = verdicts[position] as Verdict;
    if (verdict.status !== 'count') continue;
    if (found.linkedTo !== -1) adopt(found.linkedTo, verdict);
    if (found.listedWith !== -1) adopt(found.listedWith, verdict);
  }
}
