import type { Phrasebook } from '../message.js';
import { DESCRIBE_LANGS, type DescribeLang } from '../types.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

const PHRASEBOOKS: Readonly<Record<DescribeLang, Phrasebook>> = { en, ar, fr, es };

/**
 * The phrasebook of a language.
 *
 * @throws {TypeError} for a language other than en, ar, fr, es (a programmer error).
 */
export function phrasebook(lang: DescribeLang | undefined, caller: string): Phrasebook {
  const chosen = lang ?? 'en';
  if (!DESCRIBE_LANGS.includes(chosen)) {
    throw new TypeError(`${caller}: unknown lang ${JSON.stringify(chosen)}; expected one of ${DESCRIBE_LANGS.join(', ')}`);
  }
  return PHRASEBOOKS[chosen];
}
