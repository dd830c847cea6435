/**
 * Text to paragraphs. Plain text arrives in every shape (blank-line separated, one paragraph per
 * line, hard-wrapped, split mid-sentence, with stray residue of the page it was copied from), so
 * the plain-text segmenter reads the shape of the lines, never their words. Markdown says what
 * it means and is read by its syntax.
 */
import type { ParagraphKind } from '../../api/contract.js';

export interface Segment {
  kind: ParagraphKind;
  text: string;
}

/** Headings longer than this are rare; body lines this short without a full stop are rare too. */
const headingMaxWidth = 120;
/** A first line this short without a full stop reads as the title. */
const titleMaxWidth = 150;
/** Hard wrapping happens at 60–80 columns, occasionally up to 100; anything wider is not wrapped. */
const wrapMaxWidth = 110;

// Closing quotes and brackets may follow the mark that ends a sentence: `he said "no."`, `(sic.)`.
const closers = `"'”’»›」』）)\\]}*_`;
const trailingClosers = new RegExp(`[${closers}\\s]+$`, 'u');
const sentenceEnd = /[.!?…。！？؟۔।]$/u;
// A line ending like this continues, or introduces, what follows; it is neither a heading nor a title.
const clauseEnd = /[:;,،、，；：]$/u;
const bulletLine = /^\s*(?:[•·◦▪‣∙*–—-]|\d{1,3}[.)])\s+\S/u;
const letterOrDigit = /[\p{L}\p{N}]/u;
const wideChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const startsWide = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Whitespace except the no-break spaces, which carry meaning (French `« Code »`, `10 000`).
const collapsible = /[^\S\u00A0\u202F\u2007]+/gu;

/**
 * Anything collapseWhitespace would change: collapsible whitespace other than a plain space, a
 * space followed by more whitespace, or a space at either end. Most text is already collapsed,
 * and testing is cheaper than rebuilding the string.
 */
const notCollapsed = /[\t\n\v\f\r\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000\ufeff]| [ \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000\ufeff]|^ | $/;

/** Collapses runs of whitespace to one space and trims, leaving no-break spaces as they are. */
export function collapseWhitespace(text: string): string {
  if (!notCollapsed.test(text)) return text;
  return text.replace(collapsible, ' ').replace(/^ +| +$/g, '');
}

/** Whether `text` ends a sentence, looking past closing quotes and brackets. */
export function endsSentence(text: string): boolean {
  return sentenceEnd.test(text.replace(trailingClosers, ''));
}

function endsClause(text: string): boolean {
  return clauseEnd.test(text.replace(trailingClosers, ''));
}

function hasText(text: string): boolean {
  return letterOrDigit.test(text);
}

/** Han, kana and Hangul take two columns and carry about two Latin letters' worth of meaning. */
function width(text: string): number {
  return text.length + (text.match(wideChar)?.length ?? 0);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(hasText).length;
}

function startsLowercase(text: string): boolean {
  // The whole first word: `iPhone` or `eBay` may open a sentence.
  const first = /^[\s"'“‘«(\[]*([\p{L}\p{M}]+)/u.exec(text)?.[1];
  return first !== undefined && /\p{Ll}/u.test(first) && !/\p{Lu}|\p{Lt}/u.test(first);
}

function isBullet(text: string): boolean {
  return bulletLine.test(text);
}

function headingLike(text: string): boolean {
  return (
    hasText(text) && width(text) <= headingMaxWidth && !endsSentence(text) && !endsClause(text) && !isBullet(text)
  );
}

/** Lowercased, whitespace-free form for spotting repeats. */
function sameText(a: string, b: string): boolean {
  const key = (s: string): string => s.toLocaleLowerCase().replace(/[\s\p{P}]+/gu, '');
  return key(a) === key(b) && key(a).length > 0;
}

// --- Plain text -------------------------------------------------------------------------------

interface Unit {
  text: string;
  /** Set by explicit syntax (a Markdown `#` heading turning up in a .txt file). */
  heading?: boolean;
}

export function segmentPlainText(text: string): Segment[] {
  return trimmed(segmentPlainLines(text));
}

function segmentPlainLines(text: string): Segment[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (isBlankLine(line)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);

  const units = joinSplitParagraphs(blocks.flatMap((block) => unitsOfBlock(block.flatMap(splitGluedHeading))));
  return classify(units);
}

function isBlankLine(line: string): boolean {
  return /^[\s\u200B-\u200D\u2060\uFEFF]*$/u.test(line);
}

/** `...the end.## Next Section` is two things stuck together when a page lost its line breaks. */
function splitGluedHeading(line: string): string[] {
  const match = /^(.*?[.!?…。！？؟]["'”’»)\]]*)[ \t]*(#{1,6})[ \t]+(\S.*)$/u.exec(line);
  if (!match?.[1] || !match[2] || !match[3]) return [line];
  if (!headingLike(match[3].trim())) return [line];
  return [match[1], `${match[2]} ${match[3]}`];
}

function markdownHeading(line: string): string | null {
  const match = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u.exec(line);
  return match?.[1] ? collapseWhitespace(match[1]) : null;
}

/**
 * Cuts one blank-line-free block into paragraphs. Lines of a hard-wrapped block are joined; in any
 * other block each line is a paragraph of its own (files with no blank lines at all).
 */
function unitsOfBlock(lines: string[]): Unit[] {
  const wrapped = isHardWrapped(lines);
  const units: Unit[] = [];
  let buffer: string[] = [];
  const flush = (): void => {
    if (buffer.length > 0) units.push({ text: collapseWhitespace(buffer.join(' ')) });
    buffer = [];
  };
  const maxWidth = widest(lines);

  lines.forEach((raw, i) => {
    const line = raw.trim();
    const heading = markdownHeading(line);
    if (heading !== null) {
      flush();
      if (hasText(heading)) units.push({ text: heading, heading: true });
      return;
    }
    if (isBullet(line)) flush();
    buffer.push(line);

    const next = lines[i + 1]?.trim();
    const continues =
      next !== undefined &&
      !isBullet(next) &&
      markdownHeading(next) === null &&
      ((wrapped && !nextWordWouldFit(line, next, maxWidth)) ||
        (!endsSentence(line) && !endsClause(line) && startsLowercase(next)));
    if (!continues) flush();
  });
  flush();
  return units;
}

// A reduce, not Math.max(...lines): a file without blank lines can have more lines than a call has arguments.
function widest(lines: string[]): number {
  return lines.reduce((max, l) => Math.max(max, width(l.trim())), 0);
}

/**
 * In wrapped text a line stops short of the margin only where a paragraph ends: had the next
 * line's first word fitted, the wrapping would have put it there. Without spaces (Chinese,
 * Japanese) a single character is the unit that wraps.
 */
function nextWordWouldFit(line: string, next: string, maxWidth: number): boolean {
  const word = next.split(/\s/u)[0] ?? '';
  const unit = startsWide.test(word) ? (Array.from(word)[0] ?? '') : word;
  return width(line) + 1 + width(unit) <= maxWidth;
}

/**
 * Hard-wrapped prose has lines of nearly one width that mostly stop mid-sentence; a block of
 * one-paragraph-per-line text has lines of any width that mostly end sentences.
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  const maxWidth = widest(lines);
  if (maxWidth > wrapMaxWidth) return false;
  const inner = lines.slice(0, -1).map((l) => l.trim());
  const full = inner.filter((l) => width(l) >= maxWidth * 0.6).length;
  const ended = inner.filter((l) => endsSentence(l)).length;
  return full >= inner.length / 2 && ended < inner.length / 2;
}

/**
 * A paragraph cut in two by a stray blank line: the first part is too long to be a heading yet
 * stops without ending its sentence, and the second reads as body text, or starts in lowercase.
 */
function joinSplitParagraphs(units: Unit[]): Unit[] {
  const joined: Unit[] = [];
  for (const unit of units) {
    const previous = joined[joined.length - 1];
    if (previous && !previous.heading && !unit.heading && !isBullet(unit.text) && splitMidSentence(previous.text, unit.text)) {
      previous.text = `${previous.text} ${unit.text}`;
      continue;
    }
    joined.push({ ...unit });
  }
  return joined;
}

function splitMidSentence(first: string, second: string): boolean {
  // A colon or semicolon introduces what follows (a list, a quotation): a break that is meant.
  if (endsSentence(first) || /[:;：；]$/u.test(first.replace(trailingClosers, '')) || !hasText(first)) return false;
  if (startsLowercase(second)) return true;
  const firstTooLongForHeading = width(first) > headingMaxWidth || endsClause(first);
  const secondIsBody = hasText(second) && (endsSentence(second) || width(second) > headingMaxWidth);
  return firstTooLongForHeading && secondIsBody;
}

function classify(units: Unit[]): Segment[] {
  const segments: Segment[] = units.map((unit) => {
    if (!hasText(unit.text)) return { kind: 'junk', text: unit.text };
    if (unit.heading) return { kind: 'heading', text: unit.text };
    if (isBullet(unit.text)) return { kind: 'body', text: unit.text };
    return { kind: headingLike(unit.text) ? 'heading' : 'body', text: unit.text };
  });

  // Without a single sentence of body text the short lines are the text itself (a pasted
  // headline, a list of notes): there is nothing for them to be headings of.
  if (!segments.some((s) => s.kind === 'body')) {
    for (const s of segments) if (s.kind === 'heading') s.kind = 'body';
  }
  markTitle(segments);
  const kept = withoutRepeatedHeadings(segments);
  markStrayLines(kept);
  return kept.filter((s) => s.text.length > 0);
}

/** The first line is the title when it is short and does not read as a sentence. */
function markTitle(segments: Segment[]): void {
  if (segments.length < 2) return;
  let first = 0;
  // A one- or two-word label above a title-like line is a section tag or kicker, not the title.
  const label = segments[0];
  const afterLabel = segments[1];
  if (label?.kind === 'heading' && wordCount(label.text) <= 2 && afterLabel && isTitleLike(afterLabel)) {
    label.kind = 'junk';
    first = 1;
  }
  const candidate = segments[first];
  if (candidate && candidate.kind !== 'junk' && isTitleLike(candidate) && segments.length > first + 1) {
    candidate.kind = 'title';
  }
}

function isTitleLike(segment: Segment): boolean {
  const { text } = segment;
  if (segment.kind === 'heading') return true;
  if (segment.kind !== 'body' || isBullet(text) || width(text) > titleMaxWidth || endsClause(text)) return false;
  // A question or an exclamation may be a title; a full stop makes it a sentence.
  return !/[.。]$/u.test(text.replace(trailingClosers, ''));
}

/** A title or heading repeated on the next line is a copy-and-paste artefact; keep one. */
function withoutRepeatedHeadings(segments: Segment[]): Segment[] {
  return segments.filter((segment, i) => {
    const previous = segments[i - 1];
    const repeatable = previous?.kind === 'title' || previous?.kind === 'heading';
    return !(previous && repeatable && sameText(previous.text, segment.text));
  });
}

/**
 * Residue of the page an article was copied from (captions, tags, "share" and "read more"
 * links) shows up as short lines that introduce nothing: a heading-like line followed by
 * another heading, or anything heading-like after the last paragraph of body text.
 */
function markStrayLines(segments: Segment[]): void {
  let lastBody = -1;
  segments.forEach((s, i) => {
    if (s.kind === 'body') lastBody = i;
  });
  segments.forEach((segment, i) => {
    if (segment.kind !== 'heading') return;
    if (i > lastBody) {
      segment.kind = 'junk';
      return;
    }
    const next = segments[i + 1];
    if (wordCount(segment.text) <= 2 && next && (next.kind === 'heading' || next.kind === 'title')) segment.kind = 'junk';
  });
}

// --- Markdown ---------------------------------------------------------------------------------

export interface DocumentMetadata {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  byline: string | null;
  language: string | null;
}

const frontMatterKeys: Record<string, keyof DocumentMetadata> = {
  title: 'title',
  headline: 'title',
  date: 'published',
  published: 'published',
  pubdate: 'published',
  published_at: 'published',
  publishdate: 'published',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  publication: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  sitename: 'outlet',
  author: 'byline',
  byline: 'byline',
  authors: 'byline',
  lang: 'language',
  language: 'language',
  locale: 'language',
};

export function emptyMetadata(): DocumentMetadata {
  return { title: null, outlet: null, published: null, byline: null, language: null };
}

/**
 * Reads a leading `---` YAML front matter block. Only flat `key: value` pairs are read (and the
 * first item of a list), which is all article metadata needs; the rest of YAML is ignored.
 */
export function readFrontMatter(text: string): { metadata: DocumentMetadata; body: string } {
  const metadata = emptyMetadata();
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u.exec(text);
  // A document may also open with a thematic break; front matter has at least one `key:` line.
  if (!match || !/^[A-Za-z_][\w-]*\s*:/mu.test(match[1] ?? '')) return { metadata, body: text };

  let pendingList: keyof DocumentMetadata | null = null;
  for (const line of (match[1] ?? '').split(/\r?\n/u)) {
    const item = /^\s+-\s+(.+)$/u.exec(line);
    if (item?.[1] && pendingList) {
      setMetadata(metadata, pendingList, item[1]);
      pendingList = null;
      continue;
    }
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (!pair?.[1]) continue;
    const field = frontMatterKeys[pair[1].toLowerCase().replace(/-/g, '_')];
    if (!field) continue;
    const value = (pair[2] ?? '').trim();
    if (value === '') pendingList = field;
    else setMetadata(metadata, field, value.startsWith('[') ? value.slice(1).replace(/\].*$/u, '').split(',')[0] ?? '' : value);
  }
  return { metadata, body: text.slice(match[0].length) };
}

function setMetadata(metadata: DocumentMetadata, field: keyof DocumentMetadata, raw: string): void {
  if (metadata[field] !== null) return;
  const value = collapseWhitespace(yamlScalar(raw));
  if (value === '') return;
  if (field === 'published') metadata.published = isoDate(value);
  else if (field === 'language') metadata.language = /^[A-Za-z]{2,3}\b/u.exec(value)?.[0]?.toLowerCase() ?? null;
  else metadata[field] = value;
}

/** A quoted scalar is taken whole; an unquoted one ends at a ` #` comment. */
function yamlScalar(raw: string): string {
  const trimmed = raw.trim();
  const quoted = /^(["'])(.*?)\1/u.exec(trimmed);
  if (quoted) return quoted[2] ?? '';
  return trimmed.replace(/\s+#.*$/u, '');
}

/** The calendar date at the start of an ISO-like date or timestamp, or of anything `Date` parses. */
export function isoDate(value: string): string | null {
  const iso = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(value);
  if (iso) {
    const [, y, m = '', d = ''] = iso;
    if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()) || !/\d{4}/u.test(value)) return null;
  // `Date` reads a date without a time zone as local midnight; read it back the same way.
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

/**
 * Markdown to paragraphs. List items keep a `• ` (ordered items their number) so a list still
 * reads as a list once its syntax is gone, and matches what the HTML extractor gives for `<li>`.
 */
export function segmentMarkdown(text: string): Segment[] {
  return trimmed(segmentMarkdownLines(text));
}

function segmentMarkdownLines(text: string): Segment[] {
  const { metadata, body } = readFrontMatter(text.replace(/\r\n?/g, '\n'));
  const lines = body
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<(script|style|template|iframe|noscript)\b[\s\S]*?<\/\1\s*>/giu, '')
    .split('\n');
  const segments: Segment[] = [];
  let paragraph: string[] = [];
  let listItem: string[] | null = null;

  const emit = (kind: ParagraphKind, raw: string): void => {
    const cleaned = collapseWhitespace(markdownInline(raw));
    if (cleaned) segments.push({ kind: hasText(cleaned) ? kind : 'junk', text: cleaned });
  };
  const flush = (): void => {
    if (listItem) emit('body', listItem.join(' '));
    else if (paragraph.length > 0) emit('body', paragraph.join(' '));
    paragraph = [];
    listItem = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/^ {0,3}(?:>[ \t]?)+/u, '');
    const fence = /^ {0,3}(`{3,}|~{3,})/u.exec(line);
    if (fence?.[1]) {
      flush();
      const code: string[] = [];
      const closing = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`, 'u');
      while (++i < lines.length && !closing.test(lines[i] ?? '')) code.push(lines[i] ?? '');
      // Code keeps its characters (its underscores and asterisks are not emphasis); only its
      // whitespace is collapsed, as in every paragraph, since paragraphs are runs of text.
      const kept = collapseWhitespace(code.join(' '));
      if (kept) segments.push({ kind: hasText(kept) ? 'body' : 'junk', text: kept });
      continue;
    }
    if (isBlankLine(line)) {
      flush();
      continue;
    }
    const heading = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u.exec(line);
    if (heading) {
      flush();
      emit('heading', heading[1] ?? '');
      continue;
    }
    if (paragraph.length > 0 && !listItem && /^ {0,3}(?:=+|-+)[ \t]*$/u.test(line)) {
      const setext = paragraph.join(' ');
      paragraph = [];
      emit('heading', setext);
      continue;
    }
    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u.test(line)) {
      flush();
      continue;
    }
    if (/^ {0,3}\[[^\]]+\]:\s*\S+/u.test(line) || /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u.test(line)) continue;

    const item = /^\s*(?:([-*+•])|(\d{1,9})[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/u.exec(line);
    if (item) {
      flush();
      listItem = [item[2] ? `${item[2]}. ${item[3] ?? ''}` : `• ${item[3] ?? ''}`];
      continue;
    }
    if (/^\s*\|.*\|\s*$/u.test(line)) {
      flush();
      emit('body', line.trim().replace(/^\||\|$/gu, '').split('|').map((cell) => cell.trim()).join(' | '));
      continue;
    }
    (listItem ?? paragraph).push(line);
  }
  flush();

  // The title is the heading that opens the document, unless front matter names another one.
  const first = segments.find((s) => s.kind !== 'junk');
  const opensWithHeading = first?.kind === 'heading';
  if (metadata.title && !(opensWithHeading && first && sameText(first.text, metadata.title))) {
    segments.unshift({ kind: 'title', text: metadata.title });
  } else if (opensWithHeading && first) {
    first.kind = 'title';
  }
  return segments;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', mdash: '—', ndash: '–', hellip: '…', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

type Keep = (s: string) => string;

/**
 * The inline rules, in order. No rule adds a mark that a later one looks for, so a rule whose
 * marks are absent cannot match: most paragraphs of prose have none of them and skip every
 * regular expression.
 */
const inlineRules: Array<[present: (s: string) => boolean, apply: (s: string, keep: Keep) => string]> = [
  [(s) => s.includes('\\'), (s, keep) => s.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/gu, (_, c: string) => keep(c))],
  [(s) => s.includes('`'), (s, keep) => s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/gu, (_, __, code: string) => keep(code.trim()))],
  [(s) => s.includes('!['), (s) => s.replace(/!\[[^\]]*\](?:\((?:[^()]|\([^)]*\))*\)|\[[^\]]*\])?/gu, '')],
  [(s) => s.includes('['), (s) => s.replace(/\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/gu, '$1')],
  [(s) => s.includes('['), (s) => s.replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')],
  [(s) => s.includes('<'), (s) => s.replace(/<((?:https?|mailto|ftp):[^>\s]+)>/giu, '$1')],
  [(s) => s.includes('<'), (s) => s.replace(/<([^>\s@]+@[^>\s@]+)>/gu, '$1')],
  [(s) => s.includes('<'), (s) => s.replace(/<br\s*\/?>/giu, ' ')],
  [(s) => s.includes('<'), (s) => s.replace(/<\/?[A-Za-z][^>]*>/gu, '')],
  [(s) => s.includes('**') || s.includes('__'), (s) => s.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/gu, '$2')],
  [(s) => s.includes('~~'), (s) => s.replace(/~~(?=\S)([\s\S]*?\S)~~/gu, '$1')],
  [(s) => s.includes('*'), (s) => s.replace(/\*(?=[^\s*])([\s\S]*?[^\s*])\*/gu, '$1')],
  [(s) => s.includes('_'), (s) => s.replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([\s\S]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2')],
  [(s) => s.includes('&'), (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => decodeEntity(name) ?? whole)],
];

/** Inline Markdown to plain text: keeps what a reader would see, drops what only a renderer needs. */
export function markdownInline(text: string): string {
  const kept: string[] = [];
  const keep = (s: string): string => `\uE000${kept.push(s) - 1}\uE001`;
  let out = text;
  for (const [present, apply] of inlineRules) if (present(out)) out = apply(out, keep);
  if (out.includes('\uE000')) out = out.replace(/\uE000(\d+)\uE001/gu, (_, n: string) => kept[Number(n)] ?? '');
  return out;
}

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return entities[name.toLowerCase()] ?? null;
}

/**
 * Paragraphs start and end with a visible character: no-break spaces inside a paragraph are kept
 * (French puts them before « » : ;), but at its edges they are only padding.
 */
function trimmed(segments: Segment[]): Segment[] {
  return segments.map((segment) => ({ ...segment, text: segment.text.trim() })).filter((segment) => segment.text.length > 0);
}
