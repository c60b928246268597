import type { ChangeCause, EstimateState, HistoryEntry, ScopeRef } from '../reconcile/types.js';
import { type Amount, amountOfRange, ceilingOf, floorOf, readWording } from './amount.js';
import { phrasebook } from './locales/index.js';
import type { ChangeMessage, ChangeResult, Figure, Lead, ScopeName } from './message.js';
import { ROOT_ID, nameFor, sameScope } from './names.js';
import { DESCRIBE_LANGS, type DescribeChangeOptions, type DescribeLang, type NamesContext } from './types.js';

/**
 * The sentence of a history entry, in English, Arabic, French or Spanish: what
 * the record said, and what it did to the entry's scope when the record does
 * not say it itself.
 *
 * - a claim: "Al Mayadeen reported more than 30 men killed in mukhtariyeh";
 *   one that replaced its source's earlier claim: "SOHR raised its toll from
 *   more than 130 to 340" (raised, lowered or revised, by the two wordings);
 * - a status change: "The Libyan Red Crescent withdrew its figure of 11,300",
 *   "UN OCHA verified the figure of 340 given by SOHR";
 * - a silence: "Syrian authorities did not give a toll in coast";
 * - then, when the record named another scope or did not state the result:
 *   "…; the toll in coast rose to at least 162"; and for a change of label:
 *   "The toll in coast became contested: …", "… is no longer contested: …".
 *
 * The wording is quoted as published when it is in the sentence's language,
 * else its numbers are written in that language. Places, categories and
 * sources are their ids and dataset names unless `context` names them. Reads
 * `entry.kind`, `before`, `after`, `scope` and `cause`, never `entry.sentence`,
 * so `history` can call it to fill that field. Pure; runs in time linear in
 * the length of the wordings.
 *
 * @param entry one element of what `history` returns.
 * @param options `lang`: 'en' (default), 'ar', 'fr' or 'es'.
 * @param context names in the sentence's language: `sourceNames`, `placeNames`, `categoryNames` by id.
 * @throws {TypeError} for an unknown `lang` (a programmer error).
 * @example
 * describeChange(sohrRaised, { lang: 'en' }); // => 'Syrian Observatory for Human Rights raised its toll from more than 130 to 340.'
 */
export function describeChange(entry: HistoryEntry, options: DescribeChangeOptions = {}, context: NamesContext = {}): string {
  const book = phrasebook(options.lang, 'describeChange');
  return book.change(changeMessage(entry, options.lang ?? 'en', context));
}

/** The language-neutral message of a change sentence. */
export function changeMessage(entry: HistoryEntry, lang: DescribeLang, context: NamesContext): ChangeMessage {
  const { cause } = entry;
  const scope = scopeName(entry.scope, context);
  const same = sameScope(entry.scope, cause.scope);
  const lead = leadOf(entry, lang, context);
  const after = amountOfState(entry.after);
  const now: ChangeResult = after === null ? { type: 'no-figure' } : { type: 'now', amount: after };
  const moved = (type: 'rose' | 'fell' | 'narrowed' | 'widened' | 'unchanged'): ChangeResult =>
    after === null ? { type: 'no-figure' } : { type, amount: after };
  const relabelled: ChangeResult = { type: 'label', label: entry.after.label };
  const labelChanged = entry.before !== null && entry.before.label !== entry.after.label;

  let prefix: ChangeMessage['prefix'] = null;
  let result: ChangeResult | null = null;
  // `kind` is read as a string: `history` may add kinds; an unknown one is told as a change of reasons.
  switch (entry.kind as string) {
    case 'contested':
      prefix = 'contested';
      break;
    case 'resolved':
      prefix = 'resolved';
      break;
    case 'first-figure':
      if (!(same && lead.type === 'report')) result = now;
      break;
    case 'raised':
      if (!(same && (lead.type === 'revise' || saysTheLow(lead, entry.after)))) result = moved('rose');
      break;
    case 'lowered':
      if (!(same && lead.type === 'revise')) result = moved('fell');
      break;
    case 'replaced':
      if (!(same && lead.type === 'revise')) result = now;
      break;
    case 'narrowed':
      result = moved('narrowed');
      break;
    case 'widened':
      result = moved('widened');
      break;
    case 'retracted':
      if (after === null) result = { type: 'no-figure' };
      else if (!same || !sameRange(entry.before, entry.after)) result = now;
      break;
    case 'verified':
      if (!(same && lead.type === 'status' && lead.status === 'verified')) result = relabelled;
      break;
    case 'disputed':
      if (!(same && lead.type === 'status' && lead.status === 'disputed')) result = relabelled;
      break;
    case 'silence':
      if (!same) result = moved('unchanged');
      break;
    case 'relabelled':
      result = relabelled;
      break;
    case 'best':
      result = entry.after.best === null || after === null ? moved('unchanged') : { type: 'best', n: entry.after.best };
      break;
    default:
      result = labelChanged ? relabelled : moved('unchanged');
  }
  return { lead, prefix, result, scope };
}

/** What the record behind the entry said. */
function leadOf(entry: HistoryEntry, lang: DescribeLang, context: NamesContext): Lead {
  const { cause } = entry;
  const source = nameFor(context.sourceNames, cause.source, cause.sourceName);
  const causeScope = scopeName(cause.scope, context);
  const figure = (wording: string | null): Figure | null => (wording === null ? null : figureOf(wording, lang, cause));

  if (entry.kind === 'silence' || cause.type === 'silence') return { type: 'silence', source, scope: causeScope };
  if (cause.type === 'status') {
    const claimSource =
      cause.claimSource === null ? source : nameFor(context.sourceNames, cause.claimSource, cause.claimSourceName ?? cause.claimSource);
    return {
      type: 'status',
      status: cause.status ?? 'unverified',
      by: source,
      claimSource,
      own: cause.claimSource === null || cause.claimSource === cause.source,
      figure: figure(cause.wording),
    };
  }
  const said = figure(cause.wording) ?? fallbackFigure(entry.after);
  if (cause.replacedWording !== null) {
    return {
      type: 'revise',
      source,
      direction: direction(cause.replacedWording, cause.wording, entry.kind),
      from: figure(cause.replacedWording) ?? fallbackFigure(entry.before ?? entry.after),
      to: said,
    };
  }
  return { type: 'report', source, figure: said, scope: causeScope };
}

/**
 * A wording inside a sentence: as published when it is in the sentence's
 * language (and has words: a bare number is written the language's way), else
 * its numbers, else quoted.
 */
function figureOf(wording: string, lang: DescribeLang, cause: ChangeCause): Figure {
  const { reading, lang: detected } = readWording(wording);
  const hasWords = /\p{L}/u.test(wording);
  const declared = (cause as ChangeCause & { lang?: unknown }).lang;
  const wordingIn = typeof declared === 'string' && (DESCRIBE_LANGS as readonly string[]).includes(declared) ? (declared as DescribeLang) : detected;
  if (hasWords && wordingIn === lang) {
    return { type: 'wording', text: wording.trim(), endsWithNumber: /[\d\u0660-\u0669\u06F0-\u06F9]\s*$/u.test(wording), amount: reading?.amount ?? null };
  }
  if (reading !== null) return { type: 'amount', amount: reading.amount };
  return { type: 'quoted', text: wording.trim() };
}

function fallbackFigure(state: EstimateState): Figure {
  return { type: 'amount', amount: amountOfState(state) ?? { kind: 'exact', n: 0 } };
}

/**
 * Raised, lowered or revised: the new wording's floor against the old one's,
 * then their ceilings when both are bounded; revised when neither moved or a
 * wording cannot be read (then the entry's kind decides).
 */
function direction(before: string, after: string | null, kind: string): 'raised' | 'lowered' | 'revised' {
  const was = readWording(before).reading;
  const now = after === null ? null : readWording(after).reading;
  if (was !== null && now !== null) {
    const wasCeiling = ceilingOf(was.amount);
    const nowCeiling = ceilingOf(now.amount);
    const difference =
      floorOf(now.amount) - floorOf(was.amount) || (wasCeiling !== null && nowCeiling !== null ? nowCeiling - wasCeiling : 0);
    return difference > 0 ? 'raised' : difference < 0 ? 'lowered' : 'revised';
  }
  return kind === 'raised' ? 'raised' : kind === 'lowered' ? 'lowered' : 'revised';
}

/** The state's range in plain words; null when there is no figure. */
function amountOfState(state: EstimateState): Amount | null {
  return state.label === 'no-figure' ? null : amountOfRange(state.low, state.high);
}

/** True when a report's own figure is the new low of an open range, so saying the result again would repeat it. */
function saysTheLow(lead: Lead, after: EstimateState): boolean {
  if (lead.type !== 'report' || after.high !== null) return false;
  const { figure } = lead;
  const amount = figure.type === 'amount' ? figure.amount : figure.type === 'wording' ? figure.amount : null;
  return amount !== null && floorOf(amount) === after.low;
}

function sameRange(before: EstimateState | null, after: EstimateState): boolean {
  return before !== null && before.low === after.low && before.high === after.high && before.label === after.label;
}

/** A scope as a sentence names it: its place and category by name or id; the implicit roots are not named. */
function scopeName(scope: ScopeRef, context: NamesContext): ScopeName {
  return {
    place: scope.place === ROOT_ID ? null : nameFor(context.placeNames, scope.place, scope.place),
    category: scope.category === ROOT_ID ? null : nameFor(context.categoryNames, scope.category, scope.category),
  };
}
