import { describe, expect, it } from 'vitest';
import { arabicForms, normalizeWord } from '../../src/count/normalize.js';
import { tokenize } from '../../src/count/tokenize.js';

describe('tokenize(text) splits a wording into numbers, words and punctuation', () => {
  it('keeps JavaScript string offsets, surrogate pairs included', () => {
    const text = '😀 more than 1,383 «قتيلاً»';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
    expect(tokenize(text).map((token) => token.norm)).toEqual(['😀', 'more', 'than', '1,383', '«', 'قتيلا', '»']);
  });

  it('joins thousands by spaces only for groups of three after a short first group', () => {
    expect(tokenize('10 000 morts').map((token) => token.norm)).toEqual(['10 000', 'morts']);
    expect(tokenize('in 2023 130 died').map((token) => token.norm)).toEqual(['in', '2023', '130', 'died']);
    expect(tokenize('5 12 8').map((token) => token.norm)).toEqual(['5', '12', '8']);
  });

  it("splits French elisions into their full words (d'une → de une, jusqu'à → jusque à)", () => {
    expect(tokenize("plus d'une centaine jusqu'à").map((token) => token.norm)).toEqual(['plus', 'de', 'une', 'centaine', 'jusque', 'a']);
  });

  it('reads Arabic digits as ASCII in a number token', () => {
    expect(tokenize('١٣٠، ۱۲').map((token) => token.norm)).toEqual(['130', ',', '12']);
    expect(tokenize('١٣٠ ۱۳۰').map((token) => token.norm)).toEqual(['130 130']);
  });
});

describe('normalizeWord(word) spells words as the lexicons do', () => {
  it('drops accents and case, and unifies Arabic letters and marks', () => {
    expect(['Tués', 'MÁS', 'Œuvre', 'قتيلاً', 'مائة', 'أكثر', 'إحدى', 'آلاف', 'مئة'].map(normalizeWord)).toEqual([
      'tues',
      'mas',
      'oeuvre',
      'قتيلا',
      'مايه',
      'اكثر',
      'احدي',
      'الاف',
      'ميه',
    ]);
  });

  it('gives the same spelling as a full Unicode normalization, for any script', () => {
    for (const word of ['İstanbul', 'Ελληνικά', 'ﻻ', 'ﷲ', 'Straße']) {
      const slow = word.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '');
      expect(normalizeWord(word).normalize('NFKD')).toBe(slow.replace(/\u0649/g, '\u064a'));
    }
  });

  it('arabicForms(word) strips the conjunction, prepositions and the article', () => {
    expect(arabicForms(normalizeWord('والجرحى'))).toEqual({ forms: ['والجرحي', 'الجرحي', 'جرحي'], conjFrom: 1 });
    expect(arabicForms(normalizeWord('بالعشرات')).forms).toContain('عشرات');
  });
});
