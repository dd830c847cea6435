/**
 * The interface language at work: `t()` translates into the language chosen in Settings. It reads
 * `settings.locale`, a `$state`, so every string a template or `$derived` built with `t()` is
 * rebuilt the moment the language changes.
 */
import { settings } from '../../stores/settings.svelte.js';
import { directionOf, type Locale } from './locales.js';
import type { MessageKey, ParamsArg } from './messages.js';
import { translate, translateParts, type MessagePart } from './translate.js';

export type { Locale } from './locales.js';
export type { MessageKey, PlainKey } from './messages.js';

export function t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string {
  return translate(settings.locale, key, ...params);
}

/** `t()` cut at its parameters, for templates that wrap a parameter in markup. */
export function tParts<K extends MessageKey>(key: K, ...params: ParamsArg<K>): MessagePart[] {
  return translateParts(settings.locale, key, ...params);
}

/** The interface language and its direction, for formatting helpers and mirrored layouts. */
export const i18n = {
  get locale(): Locale {
    return settings.locale;
  },
  get dir(): 'ltr' | 'rtl' {
    return directionOf(settings.locale);
  },
};
