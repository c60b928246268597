import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { describe } from '../../src/describe/index.js';
import type { Estimate } from '../../src/reconcile/types.js';
import { deepFreeze } from '../helpers.js';
import { SOHR_COAST, SYRIA_CONTEXT, claim, estimate, scope, silence, syriaCoast } from './factory.js';

const NNBSP = '\u202F';

group('describe(estimate) on the Syria case: coast, more than 130 from SOHR, authorities silent', () => {
  it('writes the English line: "more than", the origin by name, the caveat, the silence', () => {
    expect(describe(syriaCoast(), { lang: 'en' }, SYRIA_CONTEXT.en)).toBe(
      'More than 130 people have been killed on the Syrian coast, according to the Syrian Observatory for Human Rights, ' +
        'a figure that could not be independently verified. Syrian authorities did not give a toll.',
    );
  });

  it('writes the Arabic line, with the accusative singular after 130 («130 شخصاً»)', () => {
    expect(describe(syriaCoast(), { lang: 'ar' }, SYRIA_CONTEXT.ar)).toBe(
      'قُتل أكثر من 130 شخصاً في الساحل السوري، بحسب المرصد السوري لحقوق الإنسان، وهي حصيلة لم يتسنَّ التحقق منها بشكل مستقل. ' +
        'ولم تصدر أي حصيلة عن السلطات السورية.',
    );
  });

  it('writes the French line, the participle agreeing with « personnes »', () => {
    expect(describe(syriaCoast(), { lang: 'fr' }, SYRIA_CONTEXT.fr)).toBe(
      "Plus de 130 personnes ont été tuées sur la côte syrienne, selon l'Observatoire syrien des droits de l'homme, " +
        "un bilan qui n'a pas pu être vérifié de source indépendante. Aucun bilan n'a été communiqué par les autorités syriennes.",
    );
  });

  it('writes the Spanish line', () => {
    expect(describe(syriaCoast(), { lang: 'es' }, SYRIA_CONTEXT.es)).toBe(
      'Más de 130 personas han muerto en la costa siria, según el Observatorio Sirio de Derechos Humanos, ' +
        'una cifra que no ha podido ser verificada de forma independiente. No hay un balance de las autoridades sirias.',
    );
  });

  it('writes English by default, with the dataset names and the place id when no context is given', () => {
    expect(describe(syriaCoast())).toBe(
      'More than 130 people have been killed in coast, according to Syrian Observatory for Human Rights, ' +
        'a figure that could not be independently verified. Syrian authorities did not give a toll.',
    );
  });

  it('takes the place name from the context, then from scope.placeName when reconcile gives one', () => {
    const named = { ...syriaCoast(), scope: { place: 'coast', category: 'all', placeName: 'the Syrian coast' } };
    expect(describe(named)).toMatch(/^More than 130 people have been killed in the Syrian coast, /u);
    expect(describe(named, {}, { placeName: 'Latakia and Tartous' })).toMatch(/^More than 130 people have been killed in Latakia and Tartous, /u);
  });

  it('names the relay only when asked, and never as a source', () => {
    expect(describe(syriaCoast(), { relays: true }, SYRIA_CONTEXT.en)).toBe(
      'More than 130 people have been killed on the Syrian coast, according to the Syrian Observatory for Human Rights, as reported by Al Jazeera, ' +
        'a figure that could not be independently verified. Syrian authorities did not give a toll.',
    );
    expect(describe(syriaCoast(), { lang: 'ar', relays: true }, SYRIA_CONTEXT.ar)).toContain('بحسب المرصد السوري لحقوق الإنسان عبر الجزيرة،');
    expect(describe(syriaCoast(), { lang: 'fr', relays: true }, SYRIA_CONTEXT.fr)).toContain("selon l'Observatoire syrien des droits de l'homme, rapporte Al Jazeera,");
    expect(describe(syriaCoast(), { lang: 'es', relays: true }, SYRIA_CONTEXT.es)).toContain('según el Observatorio Sirio de Derechos Humanos, informa Al Jazeera,');
  });

  it('writes the short style as a headline in each language', () => {
    expect(describe(syriaCoast(), { style: 'short' }, SYRIA_CONTEXT.en)).toBe(
      'More than 130 killed on the Syrian coast: the Syrian Observatory for Human Rights (unverified)',
    );
    expect(describe(syriaCoast(), { lang: 'ar', style: 'short' }, SYRIA_CONTEXT.ar)).toBe(
      'مقتل أكثر من 130 شخصاً في الساحل السوري بحسب المرصد السوري لحقوق الإنسان (غير مؤكدة)',
    );
    expect(describe(syriaCoast(), { lang: 'fr', style: 'short' }, SYRIA_CONTEXT.fr)).toBe(
      "Plus de 130 morts sur la côte syrienne, selon l'Observatoire syrien des droits de l'homme (non vérifié)",
    );
    expect(describe(syriaCoast(), { lang: 'es', style: 'short' }, SYRIA_CONTEXT.es)).toBe(
      'Más de 130 muertos en la costa siria, según el Observatorio Sirio de Derechos Humanos (sin verificar)',
    );
  });
});

/* One estimate for each label, in the four languages. */

const GAZA_NAMES = {
  en: { placeName: 'Gaza', sourceNames: { moh: "Gaza's health ministry", us: 'US intelligence', un: 'the UN', sohr: 'SOHR', snhr: 'SNHR', auth: 'the Syrian authorities', sana: 'SANA' } },
  ar: { placeName: 'غزة', sourceNames: { moh: 'وزارة الصحة في غزة', us: 'الاستخبارات الأمريكية', un: 'الأمم المتحدة', sohr: 'المرصد السوري', snhr: 'الشبكة السورية لحقوق الإنسان', auth: 'السلطات السورية', sana: 'سانا' } },
  fr: { placeName: 'Gaza', sourceNames: { moh: 'le ministère de la Santé de Gaza', us: 'le renseignement américain', un: "l'ONU", sohr: "l'OSDH", snhr: 'le SNHR', auth: 'les autorités syriennes', sana: 'SANA' } },
  es: { placeName: 'Gaza', sourceNames: { moh: 'el Ministerio de Sanidad de Gaza', us: 'la inteligencia estadounidense', un: 'la ONU', sohr: 'el OSDH', snhr: 'la SNHR', auth: 'las autoridades sirias', sana: 'SANA' } },
} as const;

function contestedGaza(): Estimate {
  return estimate({
    label: 'contested',
    low: 100,
    high: null,
    claims: [
      claim({ id: 'moh-1', source: 'moh', min: 471, max: null, wording: '471' }),
      claim({ id: 'us-1', source: 'us', min: 100, max: 300, wording: 'between 100 and 300' }),
    ],
    conflicts: [{ a: 'us-1', b: 'moh-1' }],
    conflictCount: 1,
    lowClaims: ['us-1'],
  });
}

function verifiedGaza(): Estimate {
  return estimate({
    label: 'verified',
    low: 7,
    best: 7,
    claims: [claim({ id: 'un-1', source: 'un', min: 7, max: null, wording: 'seven', status: 'verified' })],
    lowClaims: ['un-1'],
  });
}

function corroboratedGaza(): Estimate {
  return estimate({
    label: 'corroborated',
    low: 1301,
    best: 1301,
    claims: [
      claim({ id: 'sohr-1', source: 'sohr', min: 1301, max: null, wording: 'more than 1,300', reliability: 'B' }),
      claim({ id: 'snhr-1', source: 'snhr', min: 1260, max: 1540, wording: 'about 1,400', reliability: 'B' }),
      claim({ id: 'tv-1', source: 'tv', min: 803, max: null, wording: '803' }),
    ],
    lowClaims: ['sohr-1'],
  });
}

function noFigureGaza(): Estimate {
  return estimate({ label: 'no-figure', low: 0, high: null, silences: [silence('auth', 'Syrian authorities'), silence('sana', 'SANA')] });
}

group('describe(estimate) writes each label', () => {
  it('contested: both sides, highest first, each by its own wording, and neither verified', () => {
    const line = (lang: 'en' | 'ar' | 'fr' | 'es') => describe(contestedGaza(), { lang }, GAZA_NAMES[lang]);
    expect(line('en')).toBe(
      "According to Gaza's health ministry, 471 people have been killed in Gaza; according to US intelligence, between 100 and 300. Neither figure could be independently verified.",
    );
    expect(line('ar')).toBe(
      'قُتل 471 شخصاً في غزة بحسب وزارة الصحة في غزة، وما بين 100 و300 شخص بحسب الاستخبارات الأمريكية. ولم يتسنَّ التحقق من أي من هذه الأرقام بشكل مستقل.',
    );
    expect(line('fr')).toBe(
      `Selon le ministère de la Santé de Gaza, 471 personnes ont été tuées à Gaza${NNBSP}; selon le renseignement américain, entre 100 et 300. Aucun de ces bilans n'a pu être vérifié de source indépendante.`,
    );
    expect(line('es')).toBe(
      'Según el Ministerio de Sanidad de Gaza, 471 personas han muerto en Gaza; según la inteligencia estadounidense, entre 100 y 300. Ninguna de las cifras ha podido ser verificada de forma independiente.',
    );
  });

  it('contested: the short style sets the sides side by side', () => {
    expect(describe(contestedGaza(), { style: 'short' }, GAZA_NAMES.en)).toBe(
      "Conflicting tolls in Gaza: 471 (Gaza's health ministry), between 100 and 300 (US intelligence)",
    );
    expect(describe(contestedGaza(), { lang: 'ar', style: 'short' }, GAZA_NAMES.ar)).toBe(
      'حصائل متضاربة في غزة: 471 قتيلاً (وزارة الصحة في غزة)، ما بين 100 و300 قتيل (الاستخبارات الأمريكية)',
    );
  });

  it('contested without two claims to set against each other (bounds collide): the range and the origins behind it', () => {
    const collide = estimate({
      label: 'contested',
      low: 150,
      high: 200,
      claims: [claim({ id: 'gov-1', source: 'gov', sourceName: 'the government', min: 0, max: 200, wording: 'up to 200' })],
      lowClaims: [],
      highClaims: ['gov-1'],
    });
    expect(describe(collide)).toBe(
      'Reported tolls in gaza do not agree: between 150 and 200 killed, according to the government. None of the figures could be independently verified.',
    );
    expect(describe(collide, { lang: 'fr' })).toBe(
      `Les bilans annoncés à gaza sont contradictoires${'\u00A0'}: entre 150 et 200 morts, selon the government. Aucun de ces bilans n'a pu être vérifié de source indépendante.`,
    );
  });

  it('contested: more than three sides are not all named', () => {
    const many = estimate({
      label: 'contested',
      low: 5,
      claims: ['a', 'b', 'c', 'd'].map((id, i) => claim({ id, source: id, min: 10 * (i + 1), max: 10 * (i + 1) + 1, wording: `${10 * (i + 1)}-${10 * (i + 1) + 1}` })),
      conflicts: [{ a: 'a', b: 'd' }, { a: 'a', b: 'c' }, { a: 'b', b: 'd' }],
      conflictCount: 6,
    });
    expect(describe(many)).toBe(
      'According to d, between 40 and 41 people have been killed in gaza; according to c, between 30 and 31; according to b, between 20 and 21. ' +
        'Other sources give other figures. None of the figures could be independently verified.',
    );
  });

  it('verified: no caveat, and one to nine spelled out in English', () => {
    expect(describe(verifiedGaza(), { lang: 'en' }, GAZA_NAMES.en)).toBe('At least seven people have been killed in Gaza, according to the UN.');
    expect(describe(verifiedGaza(), { lang: 'ar' }, GAZA_NAMES.ar)).toBe('قُتل ما لا يقل عن 7 أشخاص في غزة، بحسب الأمم المتحدة.');
    expect(describe(verifiedGaza(), { lang: 'fr' }, GAZA_NAMES.fr)).toBe("Au moins 7 personnes ont été tuées à Gaza, selon l'ONU.");
    expect(describe(verifiedGaza(), { lang: 'es' }, GAZA_NAMES.es)).toBe('Al menos 7 personas han muerto en Gaza, según la ONU.');
  });

  it('corroborated: two independent origins that support the low, not the lower bare figure', () => {
    expect(describe(corroboratedGaza(), { lang: 'en' }, GAZA_NAMES.en)).toBe(
      'More than 1,300 people have been killed in Gaza, according to SOHR and SNHR, a figure that could not be independently verified.',
    );
    expect(describe(corroboratedGaza(), { lang: 'ar' }, GAZA_NAMES.ar)).toBe(
      'قُتل أكثر من 1300 شخص في غزة، بحسب المرصد السوري والشبكة السورية لحقوق الإنسان، وهي حصيلة لم يتسنَّ التحقق منها بشكل مستقل.',
    );
    expect(describe(corroboratedGaza(), { lang: 'fr' }, GAZA_NAMES.fr)).toBe(
      `Plus de 1${NNBSP}300 personnes ont été tuées à Gaza, selon l'OSDH et le SNHR, un bilan qui n'a pas pu être vérifié de source indépendante.`,
    );
    expect(describe(corroboratedGaza(), { lang: 'es' }, GAZA_NAMES.es)).toBe(
      'Más de 1300 personas han muerto en Gaza, según el OSDH y la SNHR, una cifra que no ha podido ser verificada de forma independiente.',
    );
  });

  it('corroborated: a disputed claim does not support, nor a second source of the same group', () => {
    const est = corroboratedGaza();
    const claims = [est.claims[0]!, { ...est.claims[1]!, status: 'disputed' as const }, claim({ id: 'agency-1', source: 'agency', group: 'sohr', min: 1301, max: null, wording: 'more than 1,300' })];
    expect(describe({ ...est, claims }, {}, GAZA_NAMES.en)).toMatch(/, according to SOHR, a figure/u);
  });

  it('single-source: the Syria line in the four languages (above), and a disputed figure says so', () => {
    const disputed = { ...syriaCoast(), claims: [{ ...SOHR_COAST, status: 'disputed' as const }] };
    expect(describe(disputed, {}, SYRIA_CONTEXT.en)).toBe(
      'More than 130 people have been killed on the Syrian coast, according to the Syrian Observatory for Human Rights, a figure that has been disputed. Syrian authorities did not give a toll.',
    );
    expect(describe(disputed, { lang: 'ar' }, SYRIA_CONTEXT.ar)).toContain('، وهي حصيلة موضع تشكيك.');
    expect(describe(disputed, { lang: 'fr' }, SYRIA_CONTEXT.fr)).toContain(', un bilan contesté.');
    expect(describe(disputed, { lang: 'es' }, SYRIA_CONTEXT.es)).toContain(', una cifra cuestionada.');
  });

  it('no-figure: no toll, and who has not given one', () => {
    expect(describe(noFigureGaza(), { lang: 'en' }, GAZA_NAMES.en)).toBe('No toll has been reported in Gaza. The Syrian authorities and SANA did not give a toll.');
    expect(describe(noFigureGaza(), { lang: 'ar' }, GAZA_NAMES.ar)).toBe('لم تُعلن أي حصيلة للقتلى في غزة. ولم تصدر أي حصيلة عن السلطات السورية وسانا.');
    expect(describe(noFigureGaza(), { lang: 'fr' }, GAZA_NAMES.fr)).toBe(
      "Aucun bilan n'a été annoncé à Gaza. Aucun bilan n'a été communiqué par les autorités syriennes et SANA.",
    );
    expect(describe(noFigureGaza(), { lang: 'es' }, GAZA_NAMES.es)).toBe(
      'No se ha dado a conocer ningún balance en Gaza. No hay un balance de las autoridades sirias y SANA.',
    );
    expect(describe(noFigureGaza(), { lang: 'fr', style: 'short' }, GAZA_NAMES.fr)).toBe('Aucun bilan à Gaza');
  });

  it('no-figure: a ceiling from the scopes around it is given', () => {
    const tartous = estimate({ scope: scope('tartous'), label: 'no-figure', high: 40 });
    expect(describe(tartous)).toBe('No toll has been reported in tartous; other reported counts cap it at 40.');
    expect(describe(tartous, { lang: 'ar' })).toBe('لم تُعلن أي حصيلة للقتلى في tartous، ولا يمكن أن تتجاوز 40 قتيلاً بحسب الحصائل الأخرى.');
    expect(describe(tartous, { lang: 'fr' })).toBe(`Aucun bilan n'a été annoncé à tartous${NNBSP}; les autres bilans le plafonnent à 40.`);
    expect(describe(tartous, { lang: 'es' })).toBe('No se ha dado a conocer ningún balance en tartous; los demás balances lo limitan a 40 como máximo.');
  });
});

group('describe(estimate) says the range as it is', () => {
  it('an open range from a bare figure is "at least"', () => {
    const bare = estimate({ low: 340, best: 340, claims: [claim({ id: 'c', source: 'sohr', sourceName: 'SOHR', min: 340, max: null, wording: '340' })], lowClaims: ['c'] });
    expect(describe(bare)).toBe('At least 340 people have been killed in gaza, according to SOHR, a figure that could not be independently verified.');
  });

  it('an open range is "at least" when the claim said "more than" a different number', () => {
    const mismatch = estimate({ low: 131, claims: [claim({ id: 'c', source: 'sohr', min: 131, max: null, wording: 'more than 100' })], lowClaims: ['c'] });
    expect(describe(mismatch)).toMatch(/^At least 131 people/u);
  });

  it('"more than" is read from Arabic, French and Spanish wordings, and from a qualifier when the claim carries one', () => {
    for (const wording of ['أكثر من 130 قتيلاً', 'plus de 130 morts', 'más de 130 muertos', 'over 130']) {
      const est = estimate({ low: 131, claims: [claim({ id: 'c', source: 's', min: 131, max: null, wording })], lowClaims: ['c'] });
      expect(describe(est)).toMatch(/^More than 130 people/u);
    }
    const withQualifier = estimate({
      low: 131,
      claims: [{ ...claim({ id: 'c', source: 's', min: 131, max: null, wording: 'a lot' }), qualifier: 'more-than' } as never],
      lowClaims: ['c'],
    });
    expect(describe(withQualifier)).toMatch(/^More than 130 people/u);
  });

  it('a closed range from two claims is "between", attributed to both', () => {
    const closed = estimate({
      low: 131,
      high: 199,
      claims: [
        claim({ id: 's', source: 'sohr', sourceName: 'SOHR', min: 131, max: null, wording: 'more than 130' }),
        claim({ id: 'g', source: 'gov', sourceName: 'the government', min: 0, max: 199, wording: 'fewer than 200' }),
      ],
      lowClaims: ['s'],
      highClaims: ['g'],
    });
    expect(describe(closed)).toBe(
      'Between 131 and 199 people have been killed in gaza, according to SOHR and the government, a figure that could not be independently verified.',
    );
    expect(describe(closed, { lang: 'ar' })).toMatch(/^قُتل ما بين 131 و199 شخصاً في gaza، بحسب SOHR وthe government،/u);
    expect(describe(closed, { lang: 'fr' })).toMatch(/^Entre 131 et 199 personnes ont été tuées à gaza, selon SOHR et the government,/u);
    expect(describe(closed, { lang: 'es' })).toMatch(/^Entre 131 y 199 personas han muerto en gaza, según SOHR y the government,/u);
  });

  it('a closed range from "about N" is "about N"', () => {
    const about = estimate({ low: 1260, high: 1540, claims: [claim({ id: 'n', source: 'snhr', sourceName: 'SNHR', min: 1260, max: 1540, wording: 'about 1,400' })], lowClaims: ['n'], highClaims: ['n'] });
    expect(describe(about)).toBe('About 1,400 people have been killed in gaza, according to SNHR, a figure that could not be independently verified.');
    expect(describe(about, { lang: 'ar' })).toMatch(/^قُتل نحو 1400 شخص في gaza/u);
    expect(describe(about, { lang: 'fr' })).toMatch(new RegExp(`^Environ 1${NNBSP}400 personnes ont été tuées`, 'u'));
    expect(describe(about, { lang: 'es' })).toMatch(/^Alrededor de 1400 personas han muerto/u);
  });

  it('a range bounded only above is "up to" or "fewer than" as the claim said', () => {
    const upTo = estimate({ low: 0, high: 200, claims: [claim({ id: 'g', source: 'gov', min: 0, max: 200, wording: 'up to 200' })], lowClaims: ['g'], highClaims: ['g'] });
    expect(describe(upTo)).toMatch(/^Up to 200 people have been killed/u);
    const fewer = estimate({ low: 0, high: 199, claims: [claim({ id: 'g', source: 'gov', min: 0, max: 199, wording: 'fewer than 200' })], lowClaims: ['g'], highClaims: ['g'] });
    expect(describe(fewer)).toMatch(/^Fewer than 200 people have been killed/u);
  });

  it('an unquantified plural is echoed: "dozens of people"', () => {
    const dozens = estimate({ low: 24, claims: [claim({ id: 'd', source: 'sohr', sourceName: 'SOHR', min: 24, max: null, wording: 'dozens of men' })], lowClaims: ['d'] });
    expect(describe(dozens)).toBe('Dozens of people have been killed in gaza, according to SOHR, a figure that could not be independently verified.');
    expect(describe(dozens, { lang: 'ar' })).toMatch(/^قُتل عشرات الأشخاص في gaza/u);
    expect(describe(dozens, { lang: 'fr' })).toMatch(/^Des dizaines de personnes ont été tuées à gaza/u);
    expect(describe(dozens, { lang: 'es' })).toMatch(/^Decenas de personas han muerto en gaza/u);
  });

  it('an exact figure of ten or more does not start the sentence as a numeral', () => {
    const exact = estimate({ low: 340, high: 340, claims: [claim({ id: 'c', source: 's', min: 340, max: 340, wording: 'exactly 340' })], lowClaims: ['c'], highClaims: ['c'] });
    expect(describe(exact)).toMatch(/^A total of 340 people have been killed/u);
    expect(describe(exact, { lang: 'fr' })).toMatch(/^Au total, 340 personnes ont été tuées/u);
    expect(describe(exact, { lang: 'es' })).toMatch(/^Un total de 340 personas han muerto/u);
    expect(describe(exact, { lang: 'ar' })).toMatch(/^قُتل 340 شخصاً/u);
  });

  it('one takes the singular in every language', () => {
    const one = estimate({ low: 1, claims: [claim({ id: 'c', source: 's', min: 1, max: null, wording: 'at least one' })], lowClaims: ['c'] });
    expect(describe(one)).toMatch(/^At least one person has been killed in gaza/u);
    expect(describe(one, { lang: 'ar' })).toMatch(/^قُتل ما لا يقل عن شخص واحد في gaza/u);
    expect(describe(one, { lang: 'fr' })).toMatch(/^Au moins une personne a été tuée à gaza/u);
    expect(describe(one, { lang: 'es' })).toMatch(/^Al menos una persona ha muerto en gaza/u);
    const moreThanOne = estimate({ low: 2, claims: [claim({ id: 'c', source: 's', min: 2, max: null, wording: 'more than one' })], lowClaims: ['c'] });
    expect(describe(moreThanOne)).toMatch(/^More than one person has been killed/u);
    expect(describe(moreThanOne, { lang: 'fr' })).toMatch(/^Plus d'une personne a été tuée/u);
    expect(describe(moreThanOne, { lang: 'ar' })).toMatch(/^قُتل أكثر من شخص واحد/u);
  });

  it('Arabic counted nouns: two (dual), 3 to 10 (plural), 11 and up (accusative singular), hundreds (genitive singular)', () => {
    const at = (n: number) => describe(estimate({ low: n, high: n, claims: [claim({ id: 'c', source: 's', min: n, max: n, wording: String(n) })], lowClaims: ['c'], highClaims: ['c'] }), { lang: 'ar' });
    expect(at(2)).toMatch(/^قُتل شخصان في gaza/u);
    expect(at(5)).toMatch(/^قُتل 5 أشخاص في gaza/u);
    expect(at(10)).toMatch(/^قُتل 10 أشخاص في gaza/u);
    expect(at(11)).toMatch(/^قُتل 11 شخصاً في gaza/u);
    expect(at(100)).toMatch(/^قُتل 100 شخص في gaza/u);
    expect(at(103)).toMatch(/^قُتل 103 أشخاص في gaza/u);
    expect(at(1300)).toMatch(/^قُتل 1300 شخص في gaza/u);
    const atLeastTwo = estimate({ low: 2, claims: [claim({ id: 'c', source: 's', min: 2, max: null, wording: '2' })], lowClaims: ['c'] });
    expect(describe(atLeastTwo, { lang: 'ar' })).toMatch(/^قُتل ما لا يقل عن شخصين في gaza/u);
  });

  it('a category is the counted noun ("civilians"), and in Arabic follows the count («من المدنيين»)', () => {
    const civilians = estimate({ scope: scope('gaza', 'civilians'), low: 30, claims: [claim({ id: 'c', source: 's', min: 30, max: null, wording: '30' })], lowClaims: ['c'] });
    expect(describe(civilians, {}, { categoryName: 'civilians' })).toMatch(/^At least 30 civilians have been killed in gaza/u);
    expect(describe(civilians, { lang: 'ar' }, { categoryName: 'المدنيين' })).toMatch(/^قُتل ما لا يقل عن 30 شخصاً من المدنيين في gaza/u);
    expect(describe(civilians, { lang: 'fr' }, { categoryName: 'civils' })).toMatch(/^Au moins 30 civils ont été tués à gaza/u);
    expect(describe(civilians, { lang: 'fr' }, { categoryName: 'femmes', categoryGender: 'f' })).toMatch(/^Au moins 30 femmes ont été tuées/u);
    expect(describe(civilians, { lang: 'es' }, { categoryName: 'civiles' })).toMatch(/^Al menos 30 civiles han muerto en gaza/u);
    expect(describe(civilians, {}, { categoryNames: { civilians: 'civilians' } })).toMatch(/^At least 30 civilians have been killed/u);
    expect(describe(civilians, { style: 'short' }, { categoryName: 'civilians' })).toBe('At least 30 civilians killed in gaza: s (unverified)');
  });
});

group('describe(estimate) on a low that is a sum of parts', () => {
  const parts = [scope('latakia'), scope('tartous')];
  const coast = () =>
    estimate({ scope: scope('coast'), low: 161, best: 161, lowClaims: ['sohr-l', 'may-t'], lowScopes: parts, silences: [silence('auth', 'Syrian authorities')] });
  const others = [
    estimate({ scope: scope('latakia'), claims: [claim({ id: 'sohr-l', source: 'sohr', sourceName: 'SOHR', min: 131, max: null, wording: 'more than 130' })] }),
    estimate({ scope: scope('tartous'), claims: [claim({ id: 'may-t', source: 'almayadeen', sourceName: 'Al Mayadeen', min: 30, max: null, wording: '30' })] }),
  ];

  it('says it adds up the counts of the origins, when the other estimates name them', () => {
    const context = { estimates: others, placePhrase: 'on the Syrian coast' };
    expect(describe(coast(), {}, context)).toBe(
      'At least 161 people have been killed on the Syrian coast, adding up the counts of SOHR and Al Mayadeen. The figures could not be independently verified. Syrian authorities did not give a toll.',
    );
    expect(describe(coast(), { lang: 'ar' }, { estimates: others, placePhrase: 'في الساحل السوري' })).toBe(
      'قُتل ما لا يقل عن 161 شخصاً في الساحل السوري، بجمع حصائل SOHR وAl Mayadeen. ولم يتسنَّ التحقق من هذه الأرقام بشكل مستقل. ولم تصدر أي حصيلة عن Syrian authorities.',
    );
    expect(describe(coast(), { lang: 'fr' }, { estimates: others, placePhrase: 'sur la côte syrienne' })).toBe(
      "Au moins 161 personnes ont été tuées sur la côte syrienne, en additionnant les bilans distincts donnés par SOHR et Al Mayadeen. Ces bilans n'ont pas pu être vérifiés de source indépendante. Aucun bilan n'a été communiqué par Syrian authorities.",
    );
    expect(describe(coast(), { lang: 'es' }, { estimates: others, placePhrase: 'en la costa siria' })).toBe(
      'Al menos 161 personas han muerto en la costa siria, sumando las cifras dadas por SOHR y Al Mayadeen. Las cifras no han podido ser verificadas de forma independiente. No hay un balance de Syrian authorities.',
    );
  });

  it('names no origin rather than some of them when it cannot look all of them up', () => {
    expect(describe(coast(), {}, { estimates: others.slice(0, 1) })).toBe(
      'At least 161 people have been killed in coast, adding up separate counts for its parts. The figures could not be independently verified. Syrian authorities did not give a toll.',
    );
  });

  it('a low from a single part says so, and echoes that part\'s "more than"', () => {
    const villages = estimate({ scope: scope('sheer-mukhtariyeh-haffah'), low: 31, lowClaims: ['may-m'], lowScopes: [scope('mukhtariyeh')] });
    const mukhtariyeh = estimate({ scope: scope('mukhtariyeh'), claims: [claim({ id: 'may-m', source: 'almayadeen', sourceName: 'Al Mayadeen', min: 31, max: null, wording: 'more than 30 men' })] });
    const context = { estimates: [mukhtariyeh], placeName: 'Sheer, Mukhtariyeh and Haffah', placeNames: { mukhtariyeh: 'Mukhtariyeh' } };
    expect(describe(villages, {}, context)).toBe(
      'More than 30 people have been killed in Sheer, Mukhtariyeh and Haffah, counting only the figure given by Al Mayadeen for Mukhtariyeh, a figure that could not be independently verified.',
    );
    expect(describe(villages, { lang: 'ar' }, { ...context, placeName: 'الشير والمختارية والحفة', placeNames: { mukhtariyeh: 'المختارية' } })).toBe(
      'قُتل أكثر من 30 شخصاً في الشير والمختارية والحفة، بالاقتصار على حصيلة Al Mayadeen بشأن المختارية، وهي حصيلة لم يتسنَّ التحقق منها بشكل مستقل.',
    );
  });
});

group('describe(estimate) writes numbers as each language does', () => {
  const at = (n: number) => estimate({ low: n, claims: [claim({ id: 'c', source: 's', min: n, max: null, wording: String(n) })], lowClaims: ['c'] });
  it('English: one to nine in words, 10 and up in figures, commas between thousands', () => {
    expect(describe(at(9))).toMatch(/^At least nine people/u);
    expect(describe(at(10))).toMatch(/^At least 10 people/u);
    expect(describe(at(1300))).toMatch(/^At least 1,300 people/u);
    expect(describe(at(11300))).toMatch(/^At least 11,300 people/u);
  });
  it('French: narrow no-break space between thousands', () => {
    expect(describe(at(1300), { lang: 'fr' })).toMatch(new RegExp(`^Au moins 1${NNBSP}300 personnes`, 'u'));
    expect(describe(at(11300), { lang: 'fr' })).toMatch(new RegExp(`^Au moins 11${NNBSP}300 personnes`, 'u'));
  });
  it('Spanish: no separator in four digits, a point from five', () => {
    expect(describe(at(1300), { lang: 'es' })).toMatch(/^Al menos 1300 personas/u);
    expect(describe(at(13000), { lang: 'es' })).toMatch(/^Al menos 13\.000 personas/u);
  });
  it('Arabic: Western digits, no separator in four digits, a comma from five', () => {
    expect(describe(at(1300), { lang: 'ar' })).toMatch(/^قُتل ما لا يقل عن 1300 شخص /u);
    expect(describe(at(11300), { lang: 'ar' })).toMatch(/^قُتل ما لا يقل عن 11,300 شخص /u);
  });
});

group('describe(estimate) is pure and strict about its options', () => {
  it('does not mutate a deep-frozen estimate or context, and gives the same line twice', () => {
    const frozen = deepFreeze(syriaCoast());
    const context = deepFreeze({ ...SYRIA_CONTEXT.en });
    const first = describe(frozen, { lang: 'en' }, context);
    expect(describe(frozen, { lang: 'en' }, context)).toBe(first);
    for (const lang of ['ar', 'fr', 'es'] as const) expect(() => describe(frozen, deepFreeze({ lang, style: 'short' }), deepFreeze({ ...SYRIA_CONTEXT[lang] }))).not.toThrow();
    expect(frozen).toEqual(syriaCoast());
  });

  it('treats ids like __proto__ as data', () => {
    const odd = { ...syriaCoast(), claims: [{ ...SOHR_COAST, source: '__proto__' }] };
    expect(describe(odd, {}, { sourceNames: { sohr: 'SOHR' } })).toContain('according to Syrian Observatory for Human Rights,');
    const names = JSON.parse('{"__proto__": "the monitor"}') as Record<string, string>;
    expect(describe(odd, {}, { sourceNames: names })).toContain('according to the monitor,');
  });

  it('throws a TypeError for an unknown language or style', () => {
    expect(() => describe(syriaCoast(), { lang: 'de' as never })).toThrow(TypeError);
    expect(() => describe(syriaCoast(), { lang: 'de' as never })).toThrow(/unknown lang "de"/u);
    expect(() => describe(syriaCoast(), { style: 'long' as never })).toThrow(TypeError);
  });
});

group('describe: the @example of its JSDoc', () => {
  it('holds', () => {
    const source = readFileSync(new URL('../../src/describe/describe.ts', import.meta.url), 'utf8');
    const example = /@example\n \* (describe\(.*\)); \/\/ => '(.*)'\n/u.exec(source);
    expect(example).not.toBeNull();
    const [, call, expected] = example!;
    expect(call).toBe(
      "describe(syriaCoast, { lang: 'en' }, { placePhrase: 'on the Syrian coast', sourceNames: { sohr: 'the Syrian Observatory for Human Rights' } })",
    );
    expect(describe(syriaCoast(), { lang: 'en' }, { placePhrase: 'on the Syrian coast', sourceNames: { sohr: 'the Syrian Observatory for Human Rights' } })).toBe(expected);
  });
});
