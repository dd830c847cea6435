/**
 * The catalogs agree: every language has every key of the English one and no other, the same
 * placeholders, and every plural form its language's rules can ask for.
 */
import { describe, expect, it } from 'vitest';
import { locales } from './locales.js';
import type { Message } from './messages.js';
import { catalogs } from './translate.js';

const keys = Object.keys(catalogs.en).sort();

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));

/** Placeholders across all forms: a form may leave `{count}` out ("כתבה אחת", "one article"). */
const placeholders = (message: Message): string[] =>
  [...new Set(forms(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!)))].sort();

describe.each(locales)('the %s catalog', (locale) => {
  const catalog = catalogs[locale];

  it('has exactly the English keys', () => {
    expect(Object.keys(catalog).sort()).toEqual(keys);
  });

  it('uses the same placeholders as English in every message', () => {
    const differing = keys.filter((key) => placeholders(catalog[key as keyof typeof catalog]).join() !== placeholders(catalogs.en[key as keyof typeof catalogs.en]).join());
    expect(differing).toEqual([]);
  });

  it('has no empty message and no stray brace', () => {
    const broken = keys.filter((key) =>
      forms(catalog[key as keyof typeof catalog]).some((text) => text.trim() === '' || /\{(?!\w+\})|(?<!\{\w+)\}/u.test(text)),
    );
    expect(broken).toEqual([]);
  });

  it('writes out every plural form the language distinguishes', () => {
    // French `many` is for round millions ("1 000 000 d’articles"), Hebrew `two` for pairs ("שתי כתבות").
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const incomplete = keys.filter((key) => {
      const message = catalog[key as keyof typeof catalog];
      return typeof message !== 'string' && needed.some((form) => !(form in message));
    });
    expect(incomplete).toEqual([]);
  });

  it('chooses plural forms only where a count is given', () => {
    const pluralWithoutCount = keys.filter((key) => typeof catalog[key as keyof typeof catalog] !== 'string' && !placeholders(catalogs.en[key as keyof typeof catalogs.en]).includes('count'));
    expect(pluralWithoutCount).toEqual([]);
  });
});
