/**
 * Messages in a given interface language: the plural form chosen by `Intl.PluralRules` from the
 * `count` parameter, numbers formatted with `Intl.NumberFormat`, text parameters set in place.
 * Pure: the current language is the caller's business (`t()` in ./index.ts reads the setting).
 */
import { en } from './en.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { directionOf, type Locale } from './locales.js';
import type { Catalog, Message, MessageKey, ParamsArg } from './messages.js';

export const catalogs: Record<Locale, Catalog> = { en, fr, he };

type Params = Readonly<Record<string, string | number>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function pluralRulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function numberFormatFor(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

/** First Strong Isolate … Pop Directional Isolate: a Latin file name inside a Hebrew sentence keeps its punctuation. */
const isolate = (text: string): string => `\u2068${text}\u2069`;

function chooseForm(locale: Locale, message: Message, params: Params | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.count ?? 0);
  return message[pluralRulesFor(locale).select(count)] ?? message.other;
}

function template(locale: Locale, key: MessageKey, params: Params | undefined): string {
  // A key missing at run time (a stale catalog in development) shows English rather than nothing.
  const message = catalogs[locale][key] ?? en[key];
  return chooseForm(locale, message, params);
}

function formatParam(locale: Locale, value: string | number): string {
  if (typeof value === 'number') return numberFormatFor(locale).format(value);
  // Isolated only in a right-to-left interface: there a left-to-right name next to punctuation
  // would otherwise be reordered; a left-to-right interface keeps its strings byte for byte.
  return directionOf(locale) === 'rtl' ? isolate(value) : value;
}

const placeholder = /\{(\w+)\}/gu;

export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: ParamsArg<K>): string {
  const params = args[0] as Params | undefined;
  return template(locale, key, params).replace(placeholder, (whole, name: string) =>
    params && Object.hasOwn(params, name) ? formatParam(locale, params[name]!) : whole,
  );
}

/** A piece of a message: its own text, or one of the parameters (for markup around it). */
export type MessagePart = { text: string; param?: undefined } | { text: string; param: string };

/**
 * The message cut at its parameters, for a template that wraps a parameter in its own element
 * ("Results for “<span dir=auto>…</span>”"). Parameters come back as given (numbers formatted).
 */
export function translateParts<K extends MessageKey>(locale: Locale, key: K, ...args: ParamsArg<K>): MessagePart[] {
  const params = args[0] as Params | undefined;
  const parts: MessagePart[] = [];
  let last = 0;
  const text = template(locale, key, params);
  for (const match of text.matchAll(placeholder)) {
    const name = match[1]!;
    if (!params || !Object.hasOwn(params, name)) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const value = params[name]!;
    parts.push({ text: typeof value === 'number' ? numberFormatFor(locale).format(value) : value, param: name });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
