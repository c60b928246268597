import type { NumberTerm } from './terms.js';
import { joint, HALF_AFTER, HALF_BEFORE, HUNDRED, same, scale, value } from './terms.js';

const UNITS = ['dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const TEENS = ['diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve'];
const TWENTIES = ['veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const TENS = ['treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const HUNDREDS = ['doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos'];

/** Spanish number words ("ciento treinta", "treinta y dos", "dos mil", "un millón y medio"). */
export const ES_NUMBERS: readonly (readonly [string, NumberTerm])[] = [
  ...same(1, 'un', 'uno', 'una'),
  ...UNITS.map((word, index): [string, NumberTerm] => [word, value(index + 2)]),
  ...TEENS.map((word, index): [string, NumberTerm] => [word, value(index + 10)]),
  ...same(16, 'dieciseis'),
  ...TWENTIES.map((word, index): [string, NumberTerm] => [word, value(index + 20)]),
  ...same(21, 'veintiún', 'veintiuna'),
  ...TENS.map((word, index): [string, NumberTerm] => [word, value((index + 3) * 10)]),
  ...HUNDREDS.map((word, index): [string, NumberTerm] => [word, value((index + 2) * 100)]),
  ...HUNDREDS.map((word, index): [string, NumberTerm] => [word.replace(/os$/, 'as'), value((index + 2) * 100)]),
  ['cien', HUNDRED],
  ['ciento', HUNDRED],
  ['mil', scale(1e3)],
  ['millón', scale(1e6)],
  ['millones', scale(1e6, true)],
  ['mil millones', scale(1e9)],
  ['millardo', scale(1e9)],
  ['millardos', scale(1e9, true)],
  ['medio', HALF_BEFORE],
  ['y medio', HALF_AFTER],
  ['y', joint('tens-units')],
  ['-', joint('tens-units')],
];
