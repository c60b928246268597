import type { Lexicon } from './lexicon/compile.js';
import type { Token } from './tokenize.js';
import { matchLongest } from './trie.js';

const NEGATION_REACH = 6;

/**
 * True when the wording says that no figure was given: "did not give a toll",
 * "could not be determined", "an unknown number", «عدد غير محدد», "n'a pas donné
 * de bilan", "no precisó". A phrase of the lexicon's list, or a negation followed
 * within six tokens by a word such as "toll", "figure", "how many". Linear in the
 * number of tokens.
 *
 * @example
 * saysNoFigure(tokenize('authorities did not give a toll'), LEXICONS.en); // => true
 */
export function saysNoFigure(tokens: readonly Token[], lex: Lexicon): boolean {
  for (let index = 0; index < tokens.length; index++) {
    if ((tokens[index] as Token).kind === 'num') continue;
    if (matchLongest(lex.noFigure, tokens, index) !== null) return true;
    const negation = matchLongest(lex.noFigureNegations, tokens, index);
    if (negation === null) continue;
    for (let ahead = negation.end; ahead < tokens.length && ahead < negation.end + NEGATION_REACH; ahead++) {
      if (matchLongest(lex.noFigureTargets, tokens, ahead) !== null) return true;
    }
  }
  return false;
}
