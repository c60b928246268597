import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { describeChange } from '../../src/describe/index.js';
import type { ChangeKind, EstimateState, HistoryEntry, Label } from '../../src/reconcile/types.js';
import { deepFreeze } from '../helpers.js';
import { cause, entry, scope, sohrRaised } from './factory.js';

const NNBSP = '\u202F';
const state = (low: number, high: number | null, label: Label = 'single-source'): EstimateState => ({ low, best: low, high, label });
const SOHR = { type: 'claim' as const, source: 'sohr', sourceName: 'SOHR' };

/** One entry of each kind, as `history` would write it for the Syria, Derna and Gaza stories. */
const ENTRIES: Readonly<Record<ChangeKind, () => HistoryEntry>> = {
  'first-figure': () => entry({ kind: 'first-figure', after: state(131, null), cause: cause({ ...SOHR, wording: 'more than 130' }) }),
  retracted: () =>
    entry({
      kind: 'retracted',
      before: state(11300, null),
      after: state(3958, null),
      cause: cause({
        type: 'status',
        source: 'lrc',
        sourceName: 'The Libyan Red Crescent',
        wording: '11,300',
        status: 'retracted',
        claimSource: 'lrc',
        claimSourceName: 'The Libyan Red Crescent',
        scope: scope('derna'),
      }),
    }),
  contested: () =>
    entry({
      kind: 'contested',
      before: state(471, null),
      after: state(100, null, 'contested'),
      cause: cause({ type: 'claim', source: 'us', sourceName: 'US intelligence', wording: 'between 100 and 300', scope: scope('gaza') }),
    }),
  resolved: () =>
    entry({
      kind: 'resolved',
      before: state(100, null, 'contested'),
      after: state(500, null),
      cause: cause({ type: 'claim', source: 'us', sourceName: 'US intelligence', wording: 'at least 500', replacedWording: 'between 100 and 300', scope: scope('gaza') }),
    }),
  verified: () =>
    entry({
      kind: 'verified',
      before: state(131, null),
      after: state(131, null, 'verified'),
      cause: cause({ type: 'status', source: 'ocha', sourceName: 'UN OCHA', wording: 'more than 130', status: 'verified', claimSource: 'sohr', claimSourceName: 'SOHR' }),
    }),
  disputed: () =>
    entry({
      kind: 'disputed',
      before: state(131, null, 'corroborated'),
      after: state(131, null),
      cause: cause({ type: 'status', source: 'sana', sourceName: 'SANA', wording: 'more than 130', status: 'disputed', claimSource: 'sohr', claimSourceName: 'SOHR' }),
    }),
  replaced: () =>
    entry({ kind: 'replaced', before: state(131, null), after: state(131, null), cause: cause({ ...SOHR, wording: 'at least 131', replacedWording: 'more than 130' }) }),
  raised: sohrRaised,
  lowered: () =>
    entry({
      kind: 'lowered',
      before: state(11300, null),
      after: state(3958, null),
      cause: cause({ type: 'claim', source: 'lrc', sourceName: 'The Libyan Red Crescent', wording: '3,958', replacedWording: '11,300', scope: scope('derna') }),
    }),
  narrowed: () =>
    entry({ kind: 'narrowed', before: state(131, null), after: state(131, 199), cause: cause({ type: 'claim', source: 'gov', sourceName: 'The government', wording: 'fewer than 200' }) }),
  widened: () =>
    entry({
      kind: 'widened',
      before: state(131, 199),
      after: state(131, 299),
      cause: cause({ type: 'claim', source: 'gov', sourceName: 'The government', wording: 'fewer than 300', replacedWording: 'fewer than 200' }),
    }),
  silence: () =>
    entry({ kind: 'silence', before: state(131, null), after: state(131, null), cause: cause({ type: 'silence', source: 'auth', sourceName: 'Syrian authorities' }) }),
  relabelled: () =>
    entry({
      kind: 'relabelled',
      before: state(131, null),
      after: state(131, null, 'corroborated'),
      cause: cause({ type: 'claim', source: 'snhr', sourceName: 'SNHR', wording: 'about 140' }),
    }),
  best: () =>
    entry({
      kind: 'best',
      before: state(1301, null),
      after: { low: 1301, best: 1400, high: null, label: 'corroborated' },
      cause: cause({ type: 'claim', source: 'snhr', sourceName: 'SNHR', wording: 'about 1,400' }),
    }),
  reasons: () =>
    entry({ kind: 'reasons', before: state(131, null), after: state(131, null), cause: cause({ type: 'claim', source: 'agency', sourceName: 'SOHR Agency', wording: 'more than 130' }) }),
};

const ENGLISH: Readonly<Record<ChangeKind, string>> = {
  'first-figure': 'SOHR reported more than 130 killed in coast.',
  retracted: 'The Libyan Red Crescent withdrew its figure of 11,300; the toll in derna is now at least 3,958.',
  contested: 'The toll in gaza became contested: US intelligence reported between 100 and 300 killed in gaza.',
  resolved: 'The toll in gaza is no longer contested: US intelligence raised its toll from between 100 and 300 to at least 500.',
  verified: 'UN OCHA verified the figure of more than 130 given by SOHR.',
  disputed: 'SANA disputed the figure of more than 130 given by SOHR.',
  replaced: 'SOHR revised its toll from more than 130 to at least 131.',
  raised: 'Syrian Observatory for Human Rights raised its toll from more than 130 to 340.',
  lowered: 'The Libyan Red Crescent lowered its toll from 11,300 to 3,958.',
  narrowed: 'The government reported fewer than 200 killed in coast; the range in coast narrowed to between 131 and 199.',
  widened: 'The government raised its toll from fewer than 200 to fewer than 300; the range in coast widened to between 131 and 299.',
  silence: 'Syrian authorities did not give a toll in coast.',
  relabelled: 'SNHR reported about 140 killed in coast; the toll in coast is now corroborated by independent sources.',
  best: 'SNHR reported about 1,400 killed in coast; the best estimate in coast is now 1,400.',
  reasons: 'SOHR Agency reported more than 130 killed in coast; the toll in coast is unchanged: at least 131.',
};

group('describeChange(entry) in English, for every kind', () => {
  for (const kind of Object.keys(ENTRIES) as ChangeKind[]) {
    it(`writes a ${kind} entry`, () => {
      expect(describeChange(ENTRIES[kind]())).toBe(ENGLISH[kind]);
    });
  }

  it('tells what a record about another scope did to this one', () => {
    const villages = cause({ type: 'claim', source: 'almayadeen', sourceName: 'Al Mayadeen', wording: 'more than 30 men', scope: scope('mukhtariyeh') });
    expect(describeChange(entry({ kind: 'first-figure', scope: scope('latakia'), after: state(31, null), cause: villages }))).toBe(
      'Al Mayadeen reported more than 30 men killed in mukhtariyeh; the toll in latakia is now at least 31.',
    );
    expect(describeChange(entry({ kind: 'raised', scope: scope('coast'), before: state(131, null), after: state(162, null), cause: villages }))).toBe(
      'Al Mayadeen reported more than 30 men killed in mukhtariyeh; the toll in coast rose to at least 162.',
    );
  });

  it('does not repeat a figure the report already gives, and says a rise it does not', () => {
    const report = (wording: string) =>
      describeChange(entry({ kind: 'raised', before: state(131, null), after: state(340, null), cause: cause({ type: 'claim', source: 'tv', sourceName: 'Al Jazeera', wording }) }));
    expect(report('340')).toBe('Al Jazeera reported 340 killed in coast.');
    expect(report('340 dead')).toBe('Al Jazeera reported 340 dead in coast.');
    expect(describeChange(entry({ kind: 'lowered', before: state(340, null), after: state(131, null), cause: cause({ type: 'status', source: 'sohr', sourceName: 'SOHR', wording: '340', status: 'unverified', claimSource: 'tv', claimSourceName: 'Al Jazeera' }) }))).toBe(
      'The figure of 340 given by Al Jazeera is again unverified, according to SOHR; the toll in coast fell to at least 131.',
    );
  });

  it('writes the withdrawal of a figure by another source of the group, and the last figure withdrawn', () => {
    const byMinistry = cause({ type: 'status', source: 'ministry', sourceName: 'The ministry', wording: '12', status: 'retracted', claimSource: 'sana', claimSourceName: 'SANA' });
    expect(describeChange(entry({ kind: 'retracted', before: state(12, null), after: state(0, null, 'no-figure'), cause: byMinistry }))).toBe(
      'The ministry withdrew the figure of 12 given by SANA; no toll remains in coast.',
    );
  });

  it('says "their" for a plural source', () => {
    const authorities = cause({ type: 'claim', source: 'auth', sourceName: 'Syrian authorities', wording: '12', replacedWording: '10' });
    expect(describeChange(entry({ kind: 'raised', before: state(10, null), after: state(12, null), cause: authorities }))).toBe('Syrian authorities raised their toll from 10 to 12.');
  });

  it('tells a kind it does not know as a change of reasons', () => {
    const unknown = { ...ENTRIES.reasons(), kind: 'something-new' as ChangeKind };
    expect(describeChange(unknown)).toBe(ENGLISH.reasons);
  });

  it('uses the names the context gives', () => {
    const context = { sourceNames: { sohr: 'the Syrian Observatory for Human Rights' }, placeNames: { coast: 'the Syrian coast' } };
    expect(describeChange(ENTRIES['first-figure'](), {}, context)).toBe('The Syrian Observatory for Human Rights reported more than 130 killed in the Syrian coast.');
  });
});

group('describeChange(entry) in Arabic, French and Spanish', () => {
  it('writes a raise by the source itself', () => {
    expect(describeChange(sohrRaised(), { lang: 'ar' }, { sourceNames: { sohr: 'المرصد السوري لحقوق الإنسان' } })).toBe(
      'ارتفعت حصيلة المرصد السوري لحقوق الإنسان من أكثر من 130 إلى 340.',
    );
    expect(describeChange(sohrRaised(), { lang: 'fr' }, { sourceNames: { sohr: "l'Observatoire syrien des droits de l'homme" } })).toBe(
      "Le bilan de l'Observatoire syrien des droits de l'homme s'alourdit, passant de plus de 130 à 340.",
    );
    expect(describeChange(sohrRaised(), { lang: 'es' }, { sourceNames: { sohr: 'el Observatorio Sirio de Derechos Humanos' } })).toBe(
      'El balance del Observatorio Sirio de Derechos Humanos sube de más de 130 a 340.',
    );
  });

  it('writes a first figure, with the numbers of an English wording and the dead as the noun', () => {
    const first = ENTRIES['first-figure']();
    expect(describeChange(first, { lang: 'ar' })).toBe('بلغت الحصيلة في coast أكثر من 130 قتيلاً، بحسب SOHR.');
    expect(describeChange(first, { lang: 'fr' })).toBe("Selon SOHR, le bilan s'élève à plus de 130 morts à coast.");
    expect(describeChange(first, { lang: 'es' })).toBe('Según SOHR, el balance es de más de 130 muertos en coast.');
  });

  it('writes a retraction, with the figures grouped the language\'s way', () => {
    const retracted = ENTRIES.retracted();
    const names = { sourceNames: { lrc: 'الهلال الأحمر الليبي' } };
    expect(describeChange(retracted, { lang: 'ar' }, names)).toBe(
      'سُحبت حصيلة الهلال الأحمر الليبي البالغة 11,300 قتيل، وباتت الحصيلة في derna ما لا يقل عن 3958 قتيلاً.',
    );
    expect(describeChange(retracted, { lang: 'fr' }, { sourceNames: { lrc: 'le Croissant-Rouge libyen' } })).toBe(
      `Le bilan de 11${NNBSP}300 donné par le Croissant-Rouge libyen a été retiré${NNBSP}; le bilan à derna est désormais d'au moins 3${NNBSP}958 morts.`,
    );
    expect(describeChange(retracted, { lang: 'es' }, { sourceNames: { lrc: 'la Media Luna Roja Libia' } })).toBe(
      'La cifra de 11.300 dada por la Media Luna Roja Libia ha sido retirada; el balance en derna es ahora de al menos 3958 muertos.',
    );
  });

  it('writes a toll that became contested', () => {
    const contested = ENTRIES.contested();
    expect(describeChange(contested, { lang: 'ar' })).toBe('باتت الحصيلة في gaza موضع خلاف: بلغت الحصيلة في gaza ما بين 100 و300 قتيل، بحسب US intelligence.');
    expect(describeChange(contested, { lang: 'fr' })).toBe(
      `Le bilan à gaza est désormais contesté${'\u00A0'}: selon US intelligence, le bilan s'élève à entre 100 et 300 morts à gaza.`,
    );
    expect(describeChange(contested, { lang: 'es' })).toBe('El balance en gaza pasa a estar en disputa: según US intelligence, el balance es de entre 100 y 300 muertos en gaza.');
  });

  it('writes a change of label and of the best figure', () => {
    expect(describeChange(ENTRIES.relabelled(), { lang: 'ar' })).toBe('بلغت الحصيلة في coast نحو 140 قتيلاً، بحسب SNHR، وباتت الحصيلة في coast مدعومة بمصادر مستقلة.');
    expect(describeChange(ENTRIES.best(), { lang: 'ar' })).toBe('بلغت الحصيلة في coast نحو 1400 قتيل، بحسب SNHR، وبات التقدير الأرجح في coast 1400 قتيل.');
    expect(describeChange(ENTRIES.best(), { lang: 'fr' })).toBe(
      `Selon SNHR, le bilan s'élève à environ 1${NNBSP}400 morts à coast${NNBSP}; l'estimation la plus probable à coast est désormais de 1${NNBSP}400 morts.`,
    );
    expect(describeChange(ENTRIES.relabelled(), { lang: 'es' })).toBe(
      'Según SNHR, el balance es de alrededor de 140 muertos en coast; el balance en coast queda corroborado por fuentes independientes.',
    );
  });

  it('puts an Arabic count in the case its place asks for: «عدداً» as the object of «بلغت», «قتيلين» after «إلى»', () => {
    const someSecurityForces = cause({ type: 'claim', source: 'mod', sourceName: 'وزارة الدفاع السورية', wording: 'a number of security forces' });
    expect(describeChange(entry({ kind: 'first-figure', after: state(2, null), cause: someSecurityForces }), { lang: 'ar' })).toBe(
      'بلغت الحصيلة في coast عدداً من القتلى، بحسب وزارة الدفاع السورية.',
    );
    const two = entry({ kind: 'raised', scope: scope('latakia'), before: state(1, 1), after: state(2, 2), cause: cause({ type: 'claim', source: 'x', sourceName: 'X', wording: '2', scope: scope('jableh') }) });
    expect(describeChange(two, { lang: 'ar' })).toBe('بلغت الحصيلة في jableh قتيلين، بحسب X، لترتفع الحصيلة في latakia إلى قتيلين.');
  });

  it('writes a dispute, a verification and a silence', () => {
    expect(describeChange(ENTRIES.disputed(), { lang: 'ar' })).toBe('تعرضت حصيلة SOHR البالغة أكثر من 130 قتيلاً للتشكيك من جانب SANA.');
    expect(describeChange(ENTRIES.verified(), { lang: 'fr' })).toBe('Le bilan de plus de 130 donné par SOHR a été vérifié par UN OCHA.');
    expect(describeChange(ENTRIES.silence(), { lang: 'es' }, { sourceNames: { auth: 'las autoridades sirias' } })).toBe('No hay un balance de las autoridades sirias en coast.');
  });

  it('quotes a wording as published when it is in the sentence\'s language, else gives its numbers', () => {
    const arabic = cause({ type: 'claim', source: 'sohr', sourceName: 'المرصد السوري', wording: 'أكثر من 130 قتيلاً' });
    const first = entry({ kind: 'first-figure', after: state(131, null), cause: arabic });
    expect(describeChange(first, { lang: 'ar' })).toBe('بلغت الحصيلة في coast أكثر من 130 قتيلاً، بحسب المرصد السوري.');
    expect(describeChange(first, { lang: 'en' })).toBe('المرصد السوري reported more than 130 killed in coast.');
    const french = entry({ kind: 'first-figure', after: state(31, null), cause: cause({ type: 'claim', source: 'afp', sourceName: "l'AFP", wording: 'plus de 30 hommes' }) });
    expect(describeChange(french, { lang: 'fr' })).toBe("Selon l'AFP, le bilan s'élève à plus de 30 hommes à coast.");
    expect(describeChange(french, { lang: 'es' })).toBe("Según l'AFP, el balance es de más de 30 muertos en coast.");
    const declared = entry({ kind: 'first-figure', after: state(31, null), cause: { ...cause({ type: 'claim', source: 'x', sourceName: 'X', wording: 'plus de 30' }), lang: 'en' } as never });
    expect(describeChange(declared as HistoryEntry, { lang: 'en' })).toBe('X reported plus de 30 killed in coast.');
  });
});

group('describeChange(entry) is pure', () => {
  it('never reads entry.sentence, so history can call it to fill that field', () => {
    const guarded = sohrRaised();
    Object.defineProperty(guarded, 'sentence', {
      get() {
        throw new Error('describeChange read entry.sentence');
      },
    });
    expect(describeChange(guarded)).toBe(ENGLISH.raised);
  });

  it('does not mutate a deep-frozen entry', () => {
    for (const kind of Object.keys(ENTRIES) as ChangeKind[]) {
      const frozen = deepFreeze(ENTRIES[kind]());
      for (const lang of ['en', 'ar', 'fr', 'es'] as const) expect(() => describeChange(frozen, deepFreeze({ lang }))).not.toThrow();
      expect(frozen).toEqual(ENTRIES[kind]());
    }
  });

  it('throws a TypeError for an unknown language', () => {
    expect(() => describeChange(sohrRaised(), { lang: 'xx' as never })).toThrow(TypeError);
  });
});

group('describeChange: the @example of its JSDoc', () => {
  it('holds', () => {
    const source = readFileSync(new URL('../../src/describe/describeChange.ts', import.meta.url), 'utf8');
    const example = /@example\n \* (describeChange\(.*\)); \/\/ => '(.*)'\n/u.exec(source);
    expect(example).not.toBeNull();
    const [, call, expected] = example!;
    expect(call).toBe("describeChange(sohrRaised, { lang: 'en' })");
    expect(describeChange(sohrRaised(), { lang: 'en' })).toBe(expected);
  });
});
