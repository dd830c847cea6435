import { describe, expect, it } from 'vitest';
import { checkFidelity, type FidelitySentence } from './fidelity.js';
import type { SentenceLink } from './links.js';

/** One sentence per paragraph, each the whole paragraph. */
function sentences(texts: string[]): FidelitySentence[] {
  return texts.map((text, paragraph) => ({ paragraph, start: 0, end: text.length, text }));
}

const oneToOne = (count: number): SentenceLink[] => Array.from({ length: count }, (_, i) => ({ source: [i], target: [i] }));

const english = [
  'OpenAI chief executive Sam Altman said the company had committed $1.4 trillion to data centres.',
  'The company, which Altman founded with Greg Brockman, employs 3,000 people.',
  'Investors were told on Tuesday.',
];

describe('checkFidelity', () => {
  it('flags a changed amount, a dropped name and an added figure, and nothing that was kept', () => {
    const french = [
      "Le patron d'OpenAI, Sam Altman, a déclaré que l'entreprise avait engagé 14 milliards de dollars dans des centres de données.",
      "L'entreprise, fondée par Altman, emploie 3 000 personnes.",
      'Les investisseurs en ont été informés mardi, soit 20 % de plus.',
    ];
    const findings = checkFidelity({ source: { language: 'en', sentences: sentences(english) }, target: { language: 'fr', sentences: sentences(french) }, links: oneToOne(3) });
    expect(findings.map((f) => [f.kind, f.source?.text ?? null, f.target?.text ?? null])).toEqual([
      ['changed', '$1.4 trillion', '14 milliards de dollars'],
      ['missing', 'Greg Brockman', null],
      ['added', null, '20 %'],
    ]);
    const changed = findings[0]!;
    expect(english[0]!.slice(changed.source!.start, changed.source!.end)).toBe('$1.4 trillion');
    expect(french[0]!.slice(changed.target!.start, changed.target!.end)).toBe('14 milliards de dollars');
    expect(changed.detail).toContain('$1.4 trillion');
  });

  it('does not flag a name transliterated into Hebrew, nor figures written the Hebrew way', () => {
    const hebrew = [
      'מנכ"ל OpenAI סם אלטמן אמר כי החברה התחייבה ל-1.4 טריליון דולר במרכזי נתונים.',
      'החברה, שאלטמן ייסד עם גרג ברוקמן, מעסיקה 3,000 עובדים.',
      'המשקיעים עודכנו ביום שלישי.',
    ];
    const there = checkFidelity({ source: { language: 'en', sentences: sentences(english) }, target: { language: 'he', sentences: sentences(hebrew) }, links: oneToOne(3) });
    expect(there).toEqual([]);
    const back = checkFidelity({ source: { language: 'he', sentences: sentences(hebrew) }, target: { language: 'en', sentences: sentences(english) }, links: oneToOne(3) });
    expect(back).toEqual([]);
  });

  it('reports a name the Hebrew translation dropped as missing', () => {
    const hebrew = ['מנכ"ל OpenAI סם אלטמן אמר כי החברה התחייבה ל-1.4 טריליון דולר במרכזי נתונים.', 'החברה, שאלטמן ייסד, מעסיקה 3,000 עובדים.', 'המשקיעים עודכנו ביום שלישי.'];
    const findings = checkFidelity({ source: { language: 'en', sentences: sentences(english) }, target: { language: 'he', sentences: sentences(hebrew) }, links: oneToOne(3) });
    expect(findings.map((f) => [f.kind, f.source?.text])).toEqual([['missing', 'Greg Brockman']]);
  });

  it('looks in the neighbouring link before calling a figure missing', () => {
    const source = ['Sales rose 12% last year.', 'Profits fell.'];
    const target = ['Les ventes ont augmenté l’an dernier.', 'Elles ont progressé de 12 %, mais les bénéfices ont baissé.'];
    expect(checkFidelity({ source: { language: 'en', sentences: sentences(source) }, target: { language: 'fr', sentences: sentences(target) }, links: oneToOne(2) })).toEqual([]);
  });

  it('reports the figures of an untranslated sentence as missing, with offsets into its paragraph', () => {
    const paragraph = 'The plan was approved. It will cost 250 million euros.';
    const source: FidelitySentence[] = [
      { paragraph: 3, start: 0, end: 22, text: paragraph.slice(0, 22) },
      { paragraph: 3, start: 23, end: paragraph.length, text: paragraph.slice(23) },
      { paragraph: 4, start: 0, end: 13, text: 'Work begins.' },
    ];
    const target = sentences(['Le plan a été approuvé.', 'Les travaux commencent.']);
    const links: SentenceLink[] = [{ source: [0], target: [0] }, { source: [1], target: [] }, { source: [2], target: [1] }];
    const findings = checkFidelity({ source: { language: 'en', sentences: source }, target: { language: 'fr', sentences: target }, links });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: 'missing', target: null, source: { paragraph: 3, text: '250 million euros' } });
    expect(paragraph.slice(findings[0]!.source!.start, findings[0]!.source!.end)).toBe('250 million euros');
  });
  it('keeps a figure whose qualifier changed, and a year the translation gave a month', () => {
    const source = ['Der Gipfel misst etwa 8510 m.', 'Der Bericht erschien 1956.'];
    const target = ['Le sommet mesure 8510 m.', 'Le rapport a paru en novembre 1956.'];
    expect(checkFidelity({ source: { language: 'de', sentences: sentences(source) }, target: { language: 'fr', sentences: sentences(target) }, links: oneToOne(2) })).toEqual([]);
  });

  it('does not take the capitalised nouns of German for names, nor flag a name the translation adapted', () => {
    const source = ['Die Bergsteiger erreichten nach langer Wanderung die Hütte in den Alpen bei Zürich.', 'Das Wetter in den Bergen war für die Gruppe schlecht.'];
    const target = ['Après une longue marche, les alpinistes atteignirent la cabane dans les Alpes près de Zurich.', 'Le temps en montagne était mauvais pour le groupe.'];
    expect(checkFidelity({ source: { language: 'de', sentences: sentences(source) }, target: { language: 'fr', sentences: sentences(target) }, links: oneToOne(2) })).toEqual([]);
  });
  it('reports a currency the translation changed as a changed amount', () => {
    const findings = checkFidelity({ source: { language: 'en', sentences: sentences(['The fine was $5 million.']) }, target: { language: 'fr', sentences: sentences(['L’amende était de 5 millions d’euros.']) }, links: oneToOne(1) });
    expect(findings.map((f) => [f.kind, f.source?.text, f.target?.text])).toEqual([['changed', '$5 million', '5 millions d’euros']]);
  });
});
