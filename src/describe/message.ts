/**
 * What a line or a change sentence says, before it is put in words: the
 * language-neutral message `describe` and `describeChange` build, and the
 * phrasebook each language implements to write it. Word order, agreement and
 * punctuation belong to the phrasebooks; which facts are said, and in what
 * order of importance, belongs here.
 */
import type { Label } from '../reconcile/types.js';
import type { Amount } from './amount.js';

/** Who was killed: people, or the category's noun. */
export interface Who {
  /** The category as a plural noun; null for people (the root category). */
  noun: string | null;
  /** The noun in the singular, for a count of one. */
  nounOne: string | null;
  /** French and Spanish: the noun's gender (people, "personnes"/"personas", are feminine). */
  gender: 'm' | 'f';
}

/** Where: a noun phrase, or a phrase with its preposition; both null for the root place. */
export interface Where {
  name: string | null;
  phrase: string | null;
}

/** How the line attributes its figure. */
export type Attribution =
  /** "according to X and Y": the origins behind the figure. */
  | { type: 'origins'; names: string[] }
  /** A low that adds up the floors of several parts; `names` empty when some origins are unknown. */
  | { type: 'sum'; names: string[] }
  /** A low that is one part's floor: "counting only the figure given by X for Mukhtariyeh". */
  | { type: 'part'; names: string[]; part: string };

/**
 * The caveat after the figure: `unverified` ("a figure that could not be
 * independently verified"), `unverified-sum` (several figures), `disputed`,
 * or none (a verified figure).
 */
export type Caveat = 'unverified' | 'unverified-sum' | 'disputed' | null;

/** One side of a contested toll: what one origin says. */
export interface Side {
  amount: Amount;
  origin: string;
}

/** The line for an estimate. */
export type LineMessage =
  | {
      type: 'toll';
      amount: Amount;
      who: Who;
      where: Where;
      attribution: Attribution;
      relays: string[];
      caveat: Caveat;
      silences: string[];
    }
  | {
      type: 'contested';
      sides: Side[];
      /** More claims conflict than the sides name. */
      more: boolean;
      /** True when no side is verified: "Neither figure could be independently verified." */
      caveat: boolean;
      who: Who;
      where: Where;
      silences: string[];
    }
  | {
      /** Contested without two claims to set against each other (propagated bounds collide). */
      type: 'conflicting';
      amount: Amount;
      origins: string[];
      caveat: boolean;
      who: Who;
      where: Where;
      silences: string[];
    }
  | { type: 'no-figure'; high: number | null; who: Who; where: Where; silences: string[] };

/** A figure inside a change sentence: the wording as published (same language), an amount, or a wording in quotes. */
export type Figure =
  | {
      type: 'wording';
      text: string;
      /** The wording gives a number and no noun ("more than 30"), so a sentence may need to add one. */
      endsWithNumber: boolean;
      /** The wording's reading, when it could be read. */
      amount: Amount | null;
    }
  | { type: 'amount'; amount: Amount }
  | { type: 'quoted'; text: string };

/** A scope named in a change sentence. */
export interface ScopeName {
  /** null for the root place. */
  place: string | null;
  /** null for the root category. */
  category: string | null;
}

/** What the record behind a change said. */
export type Lead =
  | { type: 'report'; source: string; figure: Figure; scope: ScopeName }
  | { type: 'revise'; source: string; direction: 'raised' | 'lowered' | 'revised'; from: Figure; to: Figure }
  | { type: 'silence'; source: string; scope: ScopeName }
  | {
      type: 'status';
      status: 'verified' | 'disputed' | 'retracted' | 'unverified';
      /** Who gave the word. */
      by: string;
      /** Whose claim it is about. */
      claimSource: string;
      /** The word is the claim's own source's. */
      own: boolean;
      figure: Figure | null;
    };

/** What the change did to the entry's scope, when the lead does not say it. */
export type ChangeResult =
  | { type: 'now' | 'rose' | 'fell' | 'narrowed' | 'widened' | 'unchanged'; amount: Amount }
  | { type: 'label'; label: Label }
  /** The best figure changed and the range did not. */
  | { type: 'best'; n: number }
  | { type: 'no-figure' };

/** A change sentence. */
export interface ChangeMessage {
  lead: Lead;
  /** "The toll in X became contested: <lead>" / "… is no longer contested: <lead>". */
  prefix: 'contested' | 'resolved' | null;
  result: ChangeResult | null;
  scope: ScopeName;
}

/** One language's way of writing the messages. */
export interface Phrasebook {
  line(message: LineMessage): string;
  short(message: LineMessage): string;
  change(message: ChangeMessage): string;
}
