import { safeParseCount } from '../count/index.js';
import type { CountLang } from '../count/types.js';
import type { CountReading } from './Dataset.js';
import type { CountInput } from './schema/records.js';

/**
 * Reads a claim's `count` (wording, whole number or `{min, max}`) as a range.
 * A whole number is a bare figure; `{min, max}` is taken as written. Returns the
 * problem instead when the wording cannot be read or is not a running death count.
 *
 * @example
 * readCount(340).reading; // => {wording: '340', min: 340, max: 340, bare: true, ...}
 */
export function readCount(count: CountInput, lang: CountLang | undefined): { reading: CountReading } | { problem: string } {
  if (typeof count === 'number') {
    return { reading: { wording: String(count), min: count, max: count, qualifier: 'exact', bare: true, figure: count, noFigure: false, lang: null } };
  }
  if (typeof count === 'object') {
    const { min, max } = count;
    return {
      reading: {
        // Written so the wording reads as the range it is: "131+" would read as "more than 131".
        wording: max === null ? `at least ${min}` : min === max ? `exactly ${min}` : `between ${min} and ${max}`,
        min,
        max,
        qualifier: max === null ? 'at-least' : min === max ? 'exact' : 'between',
        bare: false,
        figure: max === null ? min : Math.floor((min + max) / 2),
        noFigure: false,
        lang: null,
      },
    };
  }
  const parsed = safeParseCount(count, { lang: lang ?? 'auto' });
  if (!parsed.success) return { problem: `cannot be read as a death toll: ${parsed.error.message}` };
  const { data } = parsed;
  if (data.kind !== 'deaths') {
    return { problem: `is not a running death count (${KIND_EXPLAINED[data.kind]}): ${JSON.stringify(count)}` };
  }
  return {
    reading: {
      wording: count,
      min: data.min,
      max: data.max,
      qualifier: data.qualifier,
      bare: data.bare,
      figure: data.figure,
      noFigure: data.noFigure,
      lang: data.lang,
    },
  };
}

const KIND_EXPLAINED: Record<string, string> = {
  deaths: 'a death count',
  increment: 'an increment: new deaths, not a running total',
  projection: 'a projection or a fear, not a count',
  mixed: 'a total that mixes the dead with the injured or missing',
  denied: 'a figure that is denied',
};
