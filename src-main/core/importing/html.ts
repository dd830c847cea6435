/**
 * A saved web page to an article's text and description. The page is parsed as inert data: jsdom
 * runs no script (no `runScripts`) and loads nothing (no `resources`), active content is removed
 * before Readability looks at it, and only strings leave this module.
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type * as Jsdom from 'jsdom';
import type { Segment } from './segment.js';
import { collapseWhitespace, endsSentence, isoDate } from './segment.js';

export interface ExtractedHtml {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD. */
  published: string | null;
  byline: string | null;
  /** The primary subtag the page declares (`<html lang>`), not a detection. */
  language: string | null;
  paragraphs: Segment[];
}

const activeContent = 'script, style, iframe, frame, frameset, object, embed, noscript, template, applet, link, meta[http-equiv="refresh"], base';
// Page furniture that is never the article, removed only when Readability has failed.
const furniture = 'nav, header, footer, aside, form, button, menu, dialog, select, [hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

const headingTags = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const textBlockTags = new Set(['P', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'ADDRESS', 'SUMMARY']);
const blockTags = new Set([
  ...headingTags,
  ...textBlockTags,
  'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'FIGURE', 'TABLE',
  'THEAD', 'TBODY', 'TFOOT', 'TR', 'HR', 'FORM', 'FIELDSET', 'DETAILS', 'CENTER', 'HGROUP', 'BODY', 'HTML',
]);
const ignoredTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'SOURCE', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
/** Readability gives up below this much text; a page this thin is read block by block instead. */
const minArticleChars = 140;

/**
 * jsdom takes over half a second to load, and most imports (text, Markdown) and every other
 * command never need it: it is loaded on the first page read, not when the app or a worker starts.
 */
let jsdom: typeof Jsdom | undefined;
function loadJsdom(): typeof Jsdom {
  return (jsdom ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom);
}

export function extractHtml(html: string, options: { url?: string } = {}): ExtractedHtml {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM(html, { url: validUrl(options.url), virtualConsole: new VirtualConsole() });
  const document = dom.window.document;
  try {
    const metadata = readMetadata(document);
    makeInert(document);

    const article = readArticle(document);
    let paragraphs = article?.content ? blocksOf(article.content as Element) : [];
    if (textLength(paragraphs) < minArticleChars && document.body) {
      document.body.querySelectorAll(furniture).forEach((el) => el.remove());
      const fallback = blocksOf(document.body);
      if (textLength(fallback) >= textLength(paragraphs)) paragraphs = fallback;
    }

    // With no body text at all, what looked like labels is all the text there is.
    if (!paragraphs.some((p) => p.kind === 'body')) paragraphs = paragraphs.map((p) => (p.kind === 'junk' ? { ...p, kind: 'body' } : p));

    const title = metadata.title ?? clean(article?.title) ?? clean(document.title);
    return {
      title,
      outlet: metadata.outlet ?? clean(article?.siteName) ?? hostOutlet(options.url),
      published: metadata.published ?? (article?.publishedTime ? isoDate(article.publishedTime) : null),
      byline: metadata.byline ?? clean(article?.byline),
      language: metadata.language ?? languageTag(article?.lang),
      paragraphs: withTitle(paragraphs, title),
    };
  } finally {
    dom.window.close();
  }
}

function readArticle(document: Document): ReturnType<Readability<Node>['parse']> {
  try {
    return new Readability(document.cloneNode(true) as Document, { serializer: (node: Node) => node }).parse();
  } catch {
    // Readability gives up on some malformed trees; the block fallback still reads them.
    return null;
  }
}

function validUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** `www.example.co.uk` → `example.co.uk`, for pages saved from the web with their address. */
export function hostOutlet(url: string | undefined): string | null {
  const valid = validUrl(url);
  if (!valid) return null;
  const host = new URL(valid).hostname.toLowerCase().replace(/^www\d*\./u, '');
  return host || null;
}

function makeInert(document: Document): void {
  document.querySelectorAll(activeContent).forEach((el) => el.remove());
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || /^(?:javascript|vbscript|data):/u.test(value)) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

// --- Metadata ---------------------------------------------------------------------------------

interface PageMetadata {
  title: string | null;
  outlet: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
}

function readMetadata(document: Document): PageMetadata {
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const el = document.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
      const value = clean(el?.getAttribute('content'));
      if (value) return value;
    }
    return null;
  };
  const ld = readJsonLd(document);
  const timeElement = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime');
  const publishedRaw =
    meta('article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date') ??
    ld.published ??
    clean(timeElement);

  return {
    title: meta('og:title', 'twitter:title') ?? ld.title,
    outlet: meta('og:site_name', 'application-name') ?? ld.publisher ?? null,
    published: publishedRaw ? isoDate(publishedRaw) : null,
    byline: meta('author', 'article:author', 'byl', 'dc.creator') ?? ld.author,
    language:
      languageTag(document.documentElement.getAttribute('lang')) ??
      languageTag(document.documentElement.getAttribute('xml:lang')) ??
      languageTag(meta('og:locale', 'content-language', 'language')) ??
      languageTag(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
  };
}

function languageTag(value: string | null | undefined): string | null {
  const primary = /^\s*([A-Za-z]{2,3})(?:[-_]|$|\s|,)/u.exec(value ?? '')?.[1]?.toLowerCase();
  return primary && primary !== 'und' && primary !== 'mul' && primary !== 'zxx' ? primary : null;
}

interface LinkedData {
  title: string | null;
  publisher: string | null;
  published: string | null;
  author: string | null;
}

/** Reads schema.org JSON-LD as data (it is never executed), looking for the article node. */
function readJsonLd(document: Document): LinkedData {
  const found: LinkedData = { title: null, publisher: null, published: null, author: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = ldNodes(data);
    // Articles first: a page's graph also describes the site, its breadcrumbs and its logo.
    for (const node of [...nodes.filter(isArticleNode), ...nodes.filter((n) => !isArticleNode(n))]) {
      found.title ??= stringField(node.headline) ?? null;
      found.published ??= stringField(node.datePublished) ?? stringField(node.dateCreated) ?? null;
      found.publisher ??= nameOf(node.publisher) ?? null;
      found.author ??= nameOf(node.author) ?? null;
    }
  }
  return found;
}

type LdNode = Record<string, unknown>;

function ldNodes(data: unknown, depth = 0): LdNode[] {
  if (depth > 5 || data === null || typeof data !== 'object') return [];
  if (Array.isArray(data)) return data.flatMap((d) => ldNodes(d, depth + 1));
  const node = data as LdNode;
  return [node, ...ldNodes(node['@graph'], depth + 1)];
}

function isArticleNode(node: LdNode): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|Posting|Report|Blog/u.test(t));
}

function stringField(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value) ?? undefined;
  if (Array.isArray(value)) return stringField(value[0]);
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value) ?? undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => Boolean(n));
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return stringField((value as LdNode).name);
  return undefined;
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = collapseWhitespace(value);
  return text || null;
}

// --- Paragraphs -------------------------------------------------------------------------------

/**
 * Walks a tree and returns its text blocks in reading order: headings, paragraph-like blocks, and
 * loose text sitting directly in a container between blocks.
 */
function blocksOf(root: Element): Segment[] {
  const out: Segment[] = [];
  walk(root, out);
  return out;
}

function walk(element: Element, out: Segment[]): void {
  let loose = '';
  const flushLoose = (): void => {
    const text = collapseWhitespace(loose);
    // Loose words in a container, outside any paragraph, that do not make a sentence are labels:
    // "Advertisement", "Share", "Loading…".
    if (/[\p{L}\p{N}]/u.test(text)) out.push({ kind: isLabel(text) ? 'junk' : 'body', text });
    loose = '';
  };
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) {
      loose += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (ignoredTags.has(child.tagName)) continue;
    if (child.tagName === 'BR') {
      loose += ' ';
      continue;
    }
    if (!blockTags.has(child.tagName)) {
      // Inline elements (links, emphasis, spans) are part of the surrounding text, unless a
      // careless page put blocks inside them.
      if (containsBlock(child)) {
        flushLoose();
        walk(child, out);
      } else {
        loose += textOf(child);
      }
      continue;
    }
    flushLoose();
    emitBlock(child, out);
  }
  flushLoose();
}

function emitBlock(element: Element, out: Segment[]): void {
  const tag = element.tagName;
  if (headingTags.has(tag)) {
    push(out, 'heading', textOf(element));
    return;
  }
  if (textBlockTags.has(tag) && !containsBlock(element, tag === 'LI' ? ['UL', 'OL'] : undefined)) {
    if (tag === 'LI') push(out, 'body', textOf(element), bulletFor(element));
    else if (tag === 'P') push(out, paragraphKind(element), textOf(element));
    else push(out, 'body', textOf(element));
    return;
  }
  if (tag === 'LI') {
    // A list item holding a nested list: its own words, then the nested items.
    const own = Array.from(element.childNodes)
      .filter((n) => !(n.nodeType === 1 && ['UL', 'OL'].includes((n as Element).tagName)))
      .map((n) => (n.nodeType === 1 ? textOf(n as Element) : (n.textContent ?? '')))
      .join('');
    push(out, 'body', own, bulletFor(element));
    element.querySelectorAll(':scope > ul, :scope > ol').forEach((list) => walk(list, out));
    return;
  }
  walk(element, out);
}

/**
 * Pages often make subheadings of bold paragraphs, and leave labels ("Advertisement", "Share")
 * in paragraphs of their own; neither is body text.
 */
function paragraphKind(p: Element): Segment['kind'] {
  const text = collapseWhitespace(textOf(p));
  const bold = Array.from(p.querySelectorAll('strong, b'))
    .map((el) => collapseWhitespace(textOf(el)))
    .join(' ');
  if (bold === text && text.length <= 120 && !endsSentence(text) && !/[:;,]$/u.test(text)) return 'heading';
  return isLabel(text) ? 'junk' : 'body';
}

function isLabel(text: string): boolean {
  return text.split(/\s+/u).length <= 3 && !endsSentence(text);
}

function bulletFor(item: Element): string {
  const list = item.parentElement;
  if (list?.tagName !== 'OL') return '• ';
  const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  return `${(Number.isFinite(start) ? start : 1) + items.indexOf(item)}. `;
}

function push(out: Segment[], kind: Segment['kind'], raw: string, prefix = ''): void {
  const text = collapseWhitespace(raw);
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  out.push({ kind, text: `${prefix}${text}` });
}

function containsBlock(element: Element, only?: string[]): boolean {
  for (const el of Array.from(element.querySelectorAll('*'))) {
    if (only ? only.includes(el.tagName) : blockTags.has(el.tagName)) return true;
  }
  return false;
}

/** textContent, except that line breaks become spaces and media, scripts and forms say nothing. */
function textOf(element: Element): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child.tagName === 'BR') text += ' ';
      else if (!ignoredTags.has(child.tagName)) text += (blockTags.has(child.tagName) ? ' ' : '') + textOf(child);
    }
  }
  return text;
}

function textLength(paragraphs: Segment[]): number {
  return paragraphs.reduce((sum, p) => sum + (p.kind === 'body' ? p.text.length : 0), 0);
}

/** The title leads the paragraphs, as in a text file; Readability usually drops the page's own. */
function withTitle(paragraphs: Segment[], title: string | null): Segment[] {
  const first = paragraphs[0];
  const key = (s: string): string => s.toLocaleLowerCase().replace(/[\s\p{P}]+/gu, '');
  if (first && first.kind === 'heading' && title && key(first.text) === key(title)) {
    return [{ kind: 'title', text: first.text }, ...paragraphs.slice(1)];
  }
  if (!title) return paragraphs;
  return [{ kind: 'title', text: title }, ...paragraphs.filter((p) => !(p.kind === 'heading' && key(p.text) === key(title)))];
}
