/**
 * Article text made inert in Markdown. Text from an article is hostile: `<script>` must stay
 * text, `[x](javascript:…)` must not become a link, and a `|` must not split a table cell.
 * CommonMark lets a backslash escape any ASCII punctuation; only the characters that can start
 * markup are escaped, so the raw file stays readable.
 */
import { isolateBidi } from './isolate-bidi.js';

/** Markup anywhere in a line: emphasis, code, links, raw HTML, entities, tables, strikethrough, math (`$` on GitHub). */
const inlineMarkup = /[\\`*_[\]<>&|~$]/gu;

/** Text on one line, whitespace collapsed, safe anywhere in a paragraph or at the start of a line. */
export function markdownText(text: string): string {
  return guardLineStart(escapeInline(text).trim());
}

/** Inline markup escaped and whitespace collapsed, spaces at the ends kept: for pieces of a line. */
export function escapeInline(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(inlineMarkup, '\\$&');
}

/** Escapes what would open a block at the start of a line: headings, quotes, list markers, setext underlines, ordered lists. */
export function guardLineStart(line: string): string {
  return line.replace(/^([#>+=-])/u, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}

/** A table cell: inert text, isolated so a right-to-left title or an override cannot reorder the row. */
export function markdownCell(text: string): string {
  return text === '' ? '' : isolateBidi(markdownText(text));
}

/** A GitHub-flavoured table; cells are already escaped. */
export function markdownTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
