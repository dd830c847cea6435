/**
 * The filters inside a search query (`lang:he`, `outlet:"Le Monde"`, `after:2025-01`, `before:2025`),
 * found the way the library's query parser finds them (src-main/core/search/query-parser.ts), so the
 * chips shown are the filters the library applies. Facets add and remove filters by editing the
 * query text, which stays the one source of truth.
 */

export type FilterKey = 'lang' | 'outlet' | 'after' | 'before';

export interface QueryFilter {
  key: FilterKey;
  /** The value without quotes, as typed. */
  value: string;
  /** The filter as it stands in the query (`lang:fr`, `-outlet:"Le Monde"`). */
  raw: string;
  /** UTF-16 offsets of `raw` in the query. */
  start: number;
  end: number;
}

export interface ParsedFilters {
  filters: QueryFilter[];
  /** The query without its filters: what is searched for as words. */
  text: string;
}

/** The library parses only the first 1,000 characters of a query. */
const parsedLength = 1_000;
const filterPattern = /^(lang|language|outlet|after|before):(.+)$/iu;
const openingQuotes = new Set(['"', '“', '„', '«']);

interface Part {
  text: string;
  quoted: boolean;
  start: number;
  end: number;
}

/** Mirrors the library's `splitParts`, keeping where each part lies in the query. */
function splitParts(query: string): Part[] {
  // Control and format characters count as spaces there; keep the offsets by replacing unit for unit.
  const text = query.slice(0, parsedLength).replace(/[\p{Cc}\p{Cf}]/gu, (found) => ' '.repeat(found.length));
  const parts: Part[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/u.test(text[i]!)) i++;
    if (i >= text.length) break;
    const start = i;
    if (text[i] === '-' && i + 1 < text.length && !/\s/u.test(text[i + 1]!)) i++;
    if (openingQuotes.has(text[i]!)) {
      const close = text[i] === '«' ? '»' : /["”“]/u;
      i++;
      let end = i;
      while (end < text.length && !(typeof close === 'string' ? text[end] === close : close.test(text[end]!))) end++;
      i = end + 1;
      if (text[i] === '*') i++;
      parts.push({ text: '', quoted: true, start, end: Math.min(i, text.length) });
      continue;
    }
    const valueStart = i;
    let end = i;
    while (end < text.length && !/\s/u.test(text[end]!)) {
      if (text[end] === '"' && text[end - 1] === ':') {
        const closing = text.indexOf('"', end + 1);
        end = closing < 0 ? text.length : closing + 1;
      } else end++;
    }
    parts.push({ text: text.slice(valueStart, end), quoted: false, start, end });
    i = end;
  }
  return parts;
}

export function parseFilters(query: string): ParsedFilters {
  const filters: QueryFilter[] = [];
  for (const part of splitParts(query)) {
    if (part.quoted) continue;
    const match = filterPattern.exec(part.text);
    if (!match) continue;
    const value = match[2]!.replace(/^"|"$/gu, '').trim();
    if (!value) continue;
    const name = match[1]!.toLowerCase();
    const key: FilterKey = name === 'language' ? 'lang' : (name as FilterKey);
    filters.push({ key, value, raw: query.slice(part.start, part.end), start: part.start, end: part.end });
  }
  let text = query;
  for (const filter of [...filters].reverse()) text = cut(text, filter.start, filter.end);
  return { filters, text: text.replace(/\s+/gu, ' ').trim() };
}

/** Removes `start..end` and the space it leaves. */
function cut(query: string, start: number, end: number): string {
  const before = query.slice(0, start).trimEnd();
  const after = query.slice(end).trimStart();
  return before && after ? `${before} ${after}` : before + after;
}

/**
 * The value that selects an outlet. The library matches a folded substring of the outlet's name
 * (case and accents aside), and a quoted value cannot hold a quote: the longest quote-free piece
 * of the name is used.
 */
export function outletFilterValue(outlet: string): string {
  const pieces = outlet.split(/["“”]/u).map((piece) => piece.trim());
  return pieces.reduce((longest, piece) => (piece.length > longest.length ? piece : longest), '');
}

export function formatFilter(key: FilterKey, value: string): string {
  if (key !== 'outlet') return `${key}:${value}`;
  const wanted = outletFilterValue(value);
  return /\s/u.test(wanted) ? `outlet:"${wanted}"` : `outlet:${wanted}`;
}

/** The filter `key:value` is in the query (languages and outlets compare without case, as the library does). */
export function hasFilter(query: string, key: FilterKey, value: string): boolean {
  return parseFilters(query).filters.some((filter) => sameFilter(filter, key, value));
}

function sameFilter(filter: QueryFilter, key: FilterKey, value: string): boolean {
  if (filter.key !== key) return false;
  const wanted = key === 'outlet' ? outletFilterValue(value) : value;
  return filter.value.toLowerCase() === wanted.toLowerCase();
}

export function addFilter(query: string, key: FilterKey, value: string): string {
  if (hasFilter(query, key, value)) return query;
  const base = query.trimEnd();
  return base ? `${base} ${formatFilter(key, value)}` : formatFilter(key, value);
}

/** Removes every occurrence of the filter `key:value`. */
export function removeFilter(query: string, key: FilterKey, value: string): string {
  let result = query;
  const found = parseFilters(query).filters.filter((filter) => sameFilter(filter, key, value));
  for (const filter of found.reverse()) result = cut(result, filter.start, filter.end);
  return result;
}

export function toggleFilter(query: string, key: FilterKey, value: string): string {
  return hasFilter(query, key, value) ? removeFilter(query, key, value) : addFilter(query, key, value);
}

/** Removes one filter found by `parseFilters` in this very query. */
export function removeFilterAt(query: string, filter: QueryFilter): string {
  return query.slice(filter.start, filter.end) === filter.raw ? cut(query, filter.start, filter.end) : query;
}
