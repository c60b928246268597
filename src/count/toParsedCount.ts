import type { Expression } from './grammar.js';
import type { CountKind, CountLang, ParsedCount } from './types.js';

/**
 * The public shape of a count read from an expression. Constant time.
 *
 * @example
 * toParsedCount(readExpression(tokenize('about 1400'), 0, LEXICONS.en).expression, 'deaths', 'about 1400', 'en').max; // => 1540
 */
export function toParsedCount(expression: Expression, kind: CountKind, text: string, lang: CountLang): ParsedCount {
  return {
    text,
    min: expression.bounds.min,
    max: expression.bounds.max,
    qualifier: expression.qualifier,
    kind,
    noFigure: false,
    bare: expression.bare,
    figure: expression.bounds.figure,
    lang,
  };
}

/**
 * The count of a wording that says no figure was given: [0, open), qualifier `none`,
 * `noFigure` true. Constant time.
 *
 * @example
 * noFigureCount('did not give a toll', 'en'); // => {min: 0, max: null, qualifier: 'none', noFigure: true, figure: null, ...}
 */
export function noFigureCount(text: string, lang: CountLang): ParsedCount {
  return { text, min: 0, max: null, qualifier: 'none', kind: 'deaths', noFigure: true, bare: false, figure: null, lang };
}
