import { describe, expect, it } from 'vitest';
import { directionOf, isLocale, pickLocale } from './locales.js';

describe('interface locales', () => {
  it('takes the first preferred language the interface speaks', () => {
    expect(pickLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLocale(['de-DE', 'he-IL', 'fr'])).toBe('he');
    expect(pickLocale(['en-GB'])).toBe('en');
  });

  it('reads old and oddly written tags', () => {
    expect(pickLocale(['iw'])).toBe('he');
    expect(pickLocale(['FR_be'])).toBe('fr');
  });

  it('falls back to English when no preferred language is spoken', () => {
    expect(pickLocale(['de-DE', 'ar'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(undefined)).toBe('en');
  });

  it('knows which interface languages read right to left', () => {
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });

  it('accepts only the locales it has catalogs for', () => {
    expect(isLocale('he')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});
