/**
 * What a catalog holds. A message is a string with `{name}` placeholders, or plural forms chosen by
 * the `count` parameter with `Intl.PluralRules` (English needs one/other, French one/many/other,
 * Hebrew one/two/other). The English catalog is the reference: its keys are the message keys and
 * its placeholders are the parameters `t()` requires, so a missing key or parameter is a type error.
 */
import type { en } from './en.js';

export type PluralForms = { readonly other: string } & { readonly [form in Intl.LDMLPluralRule]?: string };
export type Message = string | PluralForms;

export type MessageKey = keyof typeof en;

/** A catalog for another language: every key of the English one, and no other. */
export type Catalog = { readonly [K in MessageKey]: Message };

type PlaceholdersIn<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersIn<Rest> : never;
type PlaceholdersOf<M> = M extends string ? PlaceholdersIn<M> : M extends PluralForms ? PlaceholdersIn<M[keyof M]> | 'count' : never;

export type Placeholder<K extends MessageKey> = PlaceholdersOf<(typeof en)[K]>;

/** Numbers are formatted for the interface language; `count` also chooses the plural form. */
export type MessageParams<K extends MessageKey> = { readonly [P in Placeholder<K>]: P extends 'count' ? number : string | number };

/** `t('key')` for a message without placeholders, `t('key', {…})` with exactly its parameters. */
export type ParamsArg<K extends MessageKey> = [Placeholder<K>] extends [never] ? [] : [params: MessageParams<K>];

/** Keys of messages without parameters, for tables of labels (`{ label: PlainKey }`). */
export type PlainKey = { [K in MessageKey]: [Placeholder<K>] extends [never] ? K : never }[MessageKey];
