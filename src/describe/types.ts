import type { Estimate } from '../reconcile/types.js';

/** The languages `describe` and `describeChange` write. */
export type DescribeLang = 'en' | 'ar' | 'fr' | 'es';

/** The languages, in the order the documentation lists them. */
export const DESCRIBE_LANGS: readonly DescribeLang[] = ['en', 'ar', 'fr', 'es'];

/**
 * How long a line is:
 * - `line`: the sentence or two a desk publishes, with the attribution, the
 *   verification caveat and the silences (the default);
 * - `short`: a headline for a chart label or a table cell ("More than 130
 *   killed on the Syrian coast: …"), with the attribution and "(unverified)"
 *   but no silences.
 */
export type DescribeStyle = 'line' | 'short';

/** Options of `describe`. */
export interface DescribeOptions {
  /** The language of the line; English by default. */
  lang?: DescribeLang | undefined;
  /** `line` (default) or `short`. */
  style?: DescribeStyle | undefined;
  /**
   * Name the outlets that relayed the figure ("…, as reported by Al Jazeera").
   * Off by default: relays are not sources, and wire copy names the origin.
   */
  relays?: boolean | undefined;
}

/** Options of `describeChange`. */
export interface DescribeChangeOptions {
  /** The language of the sentence; English by default. */
  lang?: DescribeLang | undefined;
}

/**
 * Names a line needs that an estimate carries only as ids, each in the line's
 * language. Everything is optional: without it, names are the dataset's as
 * written (`sourceName`) and places and categories are their ids.
 */
export interface NamesContext {
  /** Source names by source id, in the line's language and with any article it needs ("the Syrian Observatory for Human Rights", «المرصد السوري لحقوق الإنسان», "l'Observatoire syrien des droits de l'homme"). */
  sourceNames?: Readonly<Record<string, string>> | undefined;
  /** Place names by place id, for places a line names besides the estimate's own (the parts of a sum). */
  placeNames?: Readonly<Record<string, string>> | undefined;
  /** Category names by category id, as plural nouns ("civilians"). */
  categoryNames?: Readonly<Record<string, string>> | undefined;
  /** Places with the preposition a line puts before them, by place id ("on the Syrian coast"). */
  placePhrases?: Readonly<Record<string, string>> | undefined;
}

/** What `describe` may be told besides the estimate. */
export interface DescribeContext extends NamesContext {
  /** The estimate's place as a noun phrase ("the Syrian coast"); default `estimate.scope.placeName`, then `placeNames[id]`, then the id. */
  placeName?: string | undefined;
  /**
   * The place with the preposition it takes, as it follows "killed" ("on the
   * Syrian coast", "sur la côte syrienne", "en la costa siria", «في الساحل السوري»).
   * Default: the language's plain preposition and `placeName` ("in X", "à X", "en X", «في X»).
   */
  placePhrase?: string | undefined;
  /**
   * The estimate's category as a plural noun in the line's language
   * ("civilians", "civils", "civiles", «المدنيين»); default
   * `estimate.scope.categoryName`, then `categoryNames[id]`, then the id. The
   * root category `all` counts people.
   */
  categoryName?: string | undefined;
  /** The category noun in the singular, for a count of one ("civilian"); default the plural. */
  categoryNameSingular?: string | undefined;
  /** French and Spanish: the grammatical gender of `categoryName` (default masculine, as "civils" and "civiles" are). */
  categoryGender?: 'm' | 'f' | undefined;
  /**
   * The other estimates of the same `reconcile` answer: a low summed from other
   * scopes names the origins of the claims there, which the estimate itself
   * lists only by id.
   */
  estimates?: readonly Estimate[] | undefined;
}
