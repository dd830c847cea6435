import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consonantSkeleton, scriptOf, skeletonDistance, skeletonOf, skeletonsMatch, soundSkeleton, soundsAlike, transliterate } from './transliterate.js';

describe('transliterate', () => {
  it('reads the supported scripts in Latin letters', () => {
    expect(transliterate('Москва')).toBe('moskva');
    expect(transliterate('Αθήνα')).toBe('athina');
    expect(transliterate('ג\'ורנל')).toBe('jornl');
    expect(transliterate('ترامب')).toBe('tramb');
    expect(transliterate('Compétition')).toBe('competition');
  });

  it('tells scripts apart', () => {
    expect(scriptOf('Altman')).toBe('latin');
    expect(scriptOf('אלטמן')).toBe('hebrew');
    expect(scriptOf('غوغل')).toBe('arabic');
    expect(scriptOf('Путин')).toBe('cyrillic');
    expect(scriptOf('Πούτιν')).toBe('greek');
  });
});

describe('skeletons', () => {
  it('writes a name from its consonants, whatever the script', () => {
    expect(consonantSkeleton('Altman')).toBe('LTMN');
    expect(skeletonOf('אלטמן')).toBe('LTMN');
    expect(skeletonOf('גוגל')).toBe(consonantSkeleton('Google'));
    expect(skeletonOf('אנתרופיק')).toBe(consonantSkeleton('Anthropic'));
    expect(skeletonOf('غوغل')).toBe(consonantSkeleton('Google'));
    expect(skeletonOf('Путин')).toBe(consonantSkeleton('Putin'));
  });

  it('matches transliterated names', () => {
    expect(soundsAlike('אלטמן', 'Altman')).toBe(true);
    expect(soundsAlike('גוגל', 'Google')).toBe(true);
    expect(soundsAlike('אנתרופיק', 'Anthropic')).toBe(true);
    expect(soundsAlike('ترامب', 'Trump')).toBe(true);
    expect(soundsAlike('Πούτιν', 'Putin')).toBe(true);
    // A two-word name carries the evidence a short surname lacks.
    expect(skeletonsMatch(soundSkeleton('ג\'אקוב') + soundSkeleton('פחוצקי'), soundSkeleton('Jakub') + soundSkeleton('Pachocki'), { abjad: true, words: 2 })).toBe(true);
  });

  it('does not let short skeletons or Hebrew roots match everything (false friends)', () => {
    // Two consonants never match on their own.
    expect(soundsAlike('סם', 'Sam')).toBe(false);
    // A Hebrew word writes a vowel letter where the Latin name has none: not the same word.
    expect(soundsAlike('חייבת', 'GPT')).toBe(false);
    expect(soundsAlike('מחדש', 'Monday')).toBe(false);
    expect(soundsAlike('דירוגי', 'Tworek')).toBe(false);
    expect(soundsAlike('מערכת', 'American')).toBe(false);
    expect(soundsAlike('אלטמן', 'Google')).toBe(false);
  });

  it('is a distance: zero on itself, symmetric with symmetric vowel costs', () => {
    const skeleton = fc.stringMatching(/^[PTKGJXSLMNRV]{0,8}$/);
    fc.assert(
      fc.property(skeleton, skeleton, (a, b) => {
        expect(skeletonDistance(a, a)).toBe(0);
        expect(skeletonDistance(a, b)).toBeCloseTo(skeletonDistance(b, a), 9);
        expect(skeletonDistance(a, b)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
