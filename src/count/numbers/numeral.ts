import type { Token } from '../tokenize.js';

/** The value of a figure in digits, or why it has none. */
export type NumeralValue =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly code: 'bad-number' | 'too-large'; readonly reason: string };

/** Marks read as a decimal mark before a scale word ("1.5 million", "13,5 مليون", "5·4 million"). */
const DECIMAL_MARKS = new Set(['.', ',', '\u00b7', '\u066b', '\u2027', '\u02d9']);
/** Marks that are never a thousands separator. */
const DECIMAL_ONLY = new Set(['\u00b7', '\u066b', '\u2027', '\u02d9']);
const MAX_DIGITS = 22;

/**
 * The value of a figure written in digits, by the separators rule of COUNT-SEMANTICS.md:
 * without a scale word, a point, comma, space or apostrophe followed by exactly three
 * digits groups thousands ("1.383", "1,383", "1 383" are 1383; the Indian "1,50,000" is
 * read too); with a scale word (`scale`, e.g. 1 000 000 for "million"), a single point
 * or comma is a decimal mark ("1.5 million" is 1 500 000). Exact integer arithmetic
 * (doubles while they are exact, else BigInt); cost linear in the number of digits, and immediate past 22 digits.
 *
 * @example
 * numeralValue(tokenize('1.5')[0], 1_000_000); // => {ok: true, value: 1500000}
 */
export function numeralValue(token: Token, scale: number | null): NumeralValue {
  const { groups, seps } = token;
  // The common case, a plain figure that fits a double exactly: no BigInt.
  if (seps.length === 0 && scale === null) {
    const digits = groups[0] ?? '';
    if (digits.length <= 15) return { ok: true, value: Number(digits) };
  }
  let digitCount = 0;
  for (const group of groups) digitCount += group.length;
  if (digitCount > MAX_DIGITS) return tooLarge(token);
  let digits: string;
  let divisor = 1;
  if (seps.length === 0) {
    digits = groups[0] ?? '0';
  } else if (scale !== null && seps.length === 1 && DECIMAL_MARKS.has(seps[0] as string)) {
    const fraction = groups[1] ?? '';
    digits = (groups[0] ?? '') + fraction;
    divisor = 10 ** fraction.length;
  } else {
    if (!groupsThousands(groups, seps)) {
      const reason =
        scale === null && seps.length === 1 && (DECIMAL_ONLY.has(seps[0] as string) || (groups[1] ?? '').length !== 3)
          ? `"${token.norm}" has a decimal mark but no scale word ("1.5 million"); a count of the dead is a whole number`
          : `"${token.norm}" breaks the separators rule: after a separator come exactly three digits`;
      return { ok: false, code: 'bad-number', reason };
    }
    digits = groups.join('');
  }
  return scaledValue(token, digits, scale ?? 1, divisor);
}

/**
 * `digits × factor / divisor` when it is a whole safe integer. Doubles are exact while every
 * operand and the product stay below 2^53 (the common case: "1,383", "1.5 million"); past
 * that, BigInt, so that "9,007,199,254,740,993" is not rounded into range.
 */
function scaledValue(token: Token, digits: string, factor: number, divisor: number): NumeralValue {
  if (digits.length <= 15) {
    const scaled = Number(digits) * factor;
    if (Number.isSafeInteger(scaled)) {
      if (scaled % divisor !== 0) return notWhole(token, factor);
      return { ok: true, value: scaled / divisor };
    }
  }
  const big = BigInt(digits) * BigInt(factor);
  const bigDivisor = BigInt(divisor);
  if (big % bigDivisor !== 0n) return notWhole(token, factor);
  const value = big / bigDivisor;
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return tooLarge(token);
  return { ok: true, value: Number(value) };
}

function notWhole(token: Token, scale: number): NumeralValue {
  return { ok: false, code: 'bad-number', reason: `${token.norm} times ${scale} is not a whole number` };
}

/** True when the groups are thousands: one separator kind, a first group of 1-3 digits, then groups of 3 (or the Indian 2-2-3). */
function groupsThousands(groups: readonly string[], seps: readonly string[]): boolean {
  const sep = seps[0] as string;
  for (const other of seps) if (other !== sep || DECIMAL_ONLY.has(other)) return false;
  const first = (groups[0] ?? '').length;
  if (first < 1 || first > 3) return false;
  let western = true;
  for (let index = 1; index < groups.length; index++) if ((groups[index] ?? '').length !== 3) western = false;
  if (western) return true;
  // Indian grouping: 1,50,000 and 1,20,50,000 (lakh and crore).
  if (sep !== ',' || first > 2 || (groups[groups.length - 1] ?? '').length !== 3) return false;
  for (let index = 1; index < groups.length - 1; index++) if ((groups[index] ?? '').length !== 2) return false;
  return true;
}

function tooLarge(token: Token): NumeralValue {
  const shown = token.norm.length > 24 ? `${token.norm.slice(0, 24)}…` : token.norm;
  return { ok: false, code: 'too-large', reason: `"${shown}" is beyond the safe integers` };
}
