import type { NumberTerm } from './terms.js';
import { joint, ARTICLE, DOZEN, HALF_AFTER, HALF_BEFORE, HUNDRED, scale, value } from './terms.js';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English number words, up to the billions, with lakh and crore. */
export const EN_NUMBERS: readonly (readonly [string, NumberTerm])[] = [
  ...UNITS.map((word, index): [string, NumberTerm] => [word, value(index + 1)]),
  ...TEENS.map((word, index): [string, NumberTerm] => [word, value(index + 10)]),
  ...TENS.map((word, index): [string, NumberTerm] => [word, value((index + 2) * 10)]),
  ['fourty', value(40)],
  ['hundred', HUNDRED],
  ['thousand', scale(1e3)],
  ['million', scale(1e6)],
  ['billion', scale(1e9)],
  ['lakh', scale(1e5)],
  ['lakhs', scale(1e5, true)],
  ['lac', scale(1e5)],
  ['lacs', scale(1e5, true)],
  ['crore', scale(1e7)],
  ['crores', scale(1e7, true)],
  ['k', { type: 'suffix', value: 1e3 }],
  ['m', { type: 'suffix', value: 1e6 }],
  ['mn', { type: 'suffix', value: 1e6 }],
  ['mln', { type: 'suffix', value: 1e6 }],
  ['bn', { type: 'suffix', value: 1e9 }],
  ['dozen', DOZEN],
  ['a', ARTICLE],
  ['an', ARTICLE],
  ['half a', HALF_BEFORE],
  ['half an', HALF_BEFORE],
  ['a half', HALF_BEFORE],
  ['and a half', HALF_AFTER],
  ['and', joint('after-multiplier')],
  ['-', joint('tens-units')],
];
