import { describe, expect, it } from 'vitest';
import { alignSentences } from './align-sentences.js';

const english = [
  'The company said on Tuesday that it would invest $1.4 trillion in data centres over eight years.',
  'Its chief executive, Maria Lindqvist, called it the largest investment in the firm’s history.',
  'Analysts were sceptical.',
  'Shares fell 3% in New York, and the bond market barely moved.',
  'The first centre will open in Helsinki in 2027.',
];

describe('alignSentences', () => {
  it('aligns an English text with its French translation, including a sentence split in two', () => {
    const french = [
      'L’entreprise a annoncé mardi qu’elle investirait 1 400 milliards de dollars dans des centres de données sur huit ans.',
      'Sa directrice générale, Maria Lindqvist, a parlé du plus grand investissement de l’histoire du groupe.',
      'Les analystes se sont montrés sceptiques.',
      'L’action a perdu 3 % à New York.',
      'Le marché obligataire a à peine bougé.',
      'Le premier centre ouvrira à Helsinki en 2027.',
    ];
    expect(alignSentences({ source: english, target: french, sourceLanguage: 'en', targetLanguage: 'fr' })).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
      { source: [3], target: [3, 4] },
      { source: [4], target: [5] },
    ]);
  });

  it('aligns across scripts through numbers and names, and leaves out a sentence the translation adds', () => {
    const hebrew = [
      'החברה הודיעה ביום שלישי כי תשקיע 1.4 טריליון דולר במרכזי נתונים במשך שמונה שנים.',
      'המנכ״לית, מריה לינדקוויסט, כינתה זאת ההשקעה הגדולה בתולדות החברה.',
      'האנליסטים הגיבו בספקנות.',
      'המניה ירדה ב-3% בניו יורק, ושוק האג״ח כמעט לא זז.',
      'הערת המתרגם: הסכומים בדולרים.',
      'המרכז הראשון ייפתח בהלסינקי ב-2027.',
    ];
    expect(alignSentences({ source: english, target: hebrew, sourceLanguage: 'en', targetLanguage: 'he' })).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
      { source: [3], target: [3] },
      { source: [], target: [4] },
      { source: [4], target: [5] },
    ]);
  });

  it('covers every sentence once, in order, on texts of very different lengths, and handles empty sides', () => {
    const source = Array.from({ length: 40 }, (_, k) => `Sentence number ${k} of the source, with some words.`);
    const target = Array.from({ length: 25 }, (_, k) => `Phrase ${k} de la cible.`);
    const links = alignSentences({ source, target, sourceLanguage: 'en', targetLanguage: 'fr' });
    expect(links.flatMap((l) => l.source)).toEqual(source.map((_, k) => k));
    expect(links.flatMap((l) => l.target)).toEqual(target.map((_, k) => k));
    expect(alignSentences({ source: [], target: ['Seule.'], sourceLanguage: 'en', targetLanguage: 'fr' })).toEqual([{ source: [], target: [0] }]);
    expect(alignSentences({ source: ['Alone.'], target: [], sourceLanguage: 'en', targetLanguage: 'fr' })).toEqual([{ source: [0], target: [] }]);
  });
});
