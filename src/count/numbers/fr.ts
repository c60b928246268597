import type { NumberTerm } from './terms.js';
import { joint, HALF_AFTER, HALF_BEFORE, HUNDRED, same, scale, value } from './terms.js';

const UNITS = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const TENS = ['vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** French number words ("cent trente", "quatre-vingt-dix", "deux millions"), Belgian and Swiss tens included. */
export const FR_NUMBERS: readonly (readonly [string, NumberTerm])[] = [
  ...same(1, 'un', 'une'),
  ...UNITS.map((word, index): [string, NumberTerm] => [word, value(index + 2)]),
  ...TEENS.map((word, index): [string, NumberTerm] => [word, value(index + 10)]),
  ...TENS.map((word, index): [string, NumberTerm] => [word, value((index + 2) * 10)]),
  ...same(20, 'vingts'),
  ...same(70, 'septante'),
  ...same(80, 'huitante', 'octante', 'quatre-vingt', 'quatre-vingts', 'quatre vingt', 'quatre vingts'),
  ...same(90, 'nonante'),
  ['cent', HUNDRED],
  ['cents', HUNDRED],
  ['mille', scale(1e3)],
  ['mil', scale(1e3)],
  ['million', scale(1e6)],
  ['millions', scale(1e6, true)],
  ['milliard', scale(1e9)],
  ['milliards', scale(1e9, true)],
  ['un demi', HALF_BEFORE],
  ['une demie', HALF_BEFORE],
  ['et demi', HALF_AFTER],
  ['et demie', HALF_AFTER],
  ['et', joint('before-one')],
  ['-', joint('any')],
];
