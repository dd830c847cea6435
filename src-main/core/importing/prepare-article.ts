/**
 * One imported thing to one article: choose the reader by format, decode, cut into paragraphs,
 * tell the language, find a title, outlet and date. Pure: bytes in, data out.
 */
import { decodeBytes, isBlank, normalizeText, sniffHtmlCharset, stripBidiOverrides } from './decode.js';
import { extractHtml, hostOutlet } from './html.js';
import { detectLanguage, detectParagraphLanguages, undetermined } from './language.js';
import type { ImportInput, ImportProblem, PreparedArticle } from './prepared-article.js';
import type { DocumentMetadata, Segment } from './segment.js';
import { emptyMetadata, readFrontMatter, segmentMarkdown, segmentPlainText } from './segment.js';
import { inferTitle } from './title.js';

export type SourceFormat = 'txt' | 'md' | 'html';

export const formatsByExtension: Readonly<Record<string, SourceFormat>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const formatsByContentType: Readonly<Record<string, SourceFormat>> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

/** Content types that say nothing about the content; the name decides instead. */
const uninformativeContentTypes = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

const supportedList = 'plain text (.txt, .text), Markdown (.md, .markdown) and web pages (.html, .htm, .xhtml)';

type FormatChoice = { format: SourceFormat } | { format: 'sniff' } | ImportProblem;

export function prepareArticle(input: ImportInput): PreparedArticle | ImportProblem {
  const choice = chooseFormat(input);
  if ('reason' in choice) return choice;

  const declaredEncoding =
    charsetOf(input.contentType) ?? (choice.format === 'txt' || choice.format === 'md' ? null : sniffHtmlCharset(input.bytes));
  const decoded = decodeBytes(input.bytes, { declaredEncoding });
  if ('reason' in decoded) return decoded;
  const text = decoded.text;
  const format = choice.format === 'sniff' ? (looksLikeHtml(text) ? 'html' : 'txt') : choice.format;

  let segments: Segment[];
  let metadata: DocumentMetadata;
  if (format === 'html') {
    const extracted = extractHtml(text, { url: webAddress(input.source) ?? undefined });
    segments = extracted.paragraphs;
    metadata = extracted;
  } else if (format === 'md') {
    segments = segmentMarkdown(text);
    metadata = readFrontMatter(text).metadata;
  } else {
    segments = segmentPlainText(text);
    metadata = emptyMetadata();
  }

  return assemble(text, segments, metadata, input.source, format === 'html' ? 'on this page' : 'in this file');
}

/** Text pasted by a person: read like a .txt file. */
export function prepareText(text: string, title?: string): PreparedArticle | ImportProblem {
  const normalized = normalizeText(text);
  if (isBlank(normalized)) return { reason: 'empty', message: 'There is no text to import.' };
  const metadata = { ...emptyMetadata(), title: title?.trim() || null };
  return assemble(normalized, segmentPlainText(normalized), metadata, 'Pasted text', 'in the pasted text');
}

function assemble(
  originalText: string,
  segments: Segment[],
  metadata: DocumentMetadata,
  source: string,
  where: string,
): PreparedArticle | ImportProblem {
  // Entities in HTML can carry bidi overrides past the decoder's clean-up: clean every paragraph.
  const paragraphs = segments.map((s) => ({ ...s, text: stripBidiOverrides(s.text) })).filter((s) => s.text.trim().length > 0);
  if (!paragraphs.some((p) => p.kind === 'body' && /[\p{L}\p{N}]/u.test(p.text))) {
    return { reason: 'no-text', message: `No readable article text was found ${where}.` };
  }

  // What the text says beats what a template declares; the declaration helps only when the
  // text is too short or too mixed to tell.
  const detected = detectLanguage(
    paragraphs
      .filter((p) => p.kind !== 'junk')
      .map((p) => p.text)
      .join('\n'),
  );
  const language = detected !== undetermined ? detected : (metadata.language ?? undetermined);

  return {
    title: metadata.title ?? inferTitle(paragraphs, source),
    outlet: metadata.outlet ?? hostOutlet(webAddress(source) ?? undefined),
    language,
    published: metadata.published,
    originalText,
    paragraphs: detectParagraphLanguages(language, paragraphs).map(({ kind, language: lang, text }) => ({ kind, language: lang, text })),
  };
}

function chooseFormat(input: ImportInput): FormatChoice {
  const mime = (input.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const byType = formatsByContentType[mime];
  if (byType) return { format: byType };
  if (!uninformativeContentTypes.has(mime)) {
    return { reason: 'unsupported', message: `Parallax cannot import ${mime} content; it reads ${supportedList}.` };
  }

  const address = webAddress(input.source);
  const extension = extensionOf(address ? new URL(address).pathname : input.source);
  if (extension === null) return { format: 'sniff' };
  const byExtension = formatsByExtension[extension];
  if (byExtension) return { format: byExtension };
  // Web addresses end in anything (.php, .aspx, .cms); what they serve is usually a page.
  if (address) return { format: 'sniff' };
  return { reason: 'unsupported', message: `Parallax cannot import .${extension} files; it reads ${supportedList}.` };
}

/** The extension of a file name, lowercased; `null` when there is none (`README`, `story.2025`). */
export function extensionOf(name: string): string | null {
  const base = name.split(/[\\/]/u).pop() ?? name;
  const match = /\.([A-Za-z0-9]{1,10})$/u.exec(base);
  if (!match?.[1] || match.index === 0 || /^\d+$/u.test(match[1])) return null;
  return match[1].toLowerCase();
}

function webAddress(source: string): string | null {
  if (!/^https?:\/\//iu.test(source)) return null;
  try {
    return new URL(source).href;
  } catch {
    return null;
  }
}

function charsetOf(contentType: string | undefined): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType ?? '')?.[1] ?? null;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\s+|<!--[\s\S]*?-->/gu, '');
  return /^(?:<\?xml[^>]*>\s*)?<!doctype\s+html|^<html[\s>]/iu.test(head) || /<(?:head|body)[\s>][\s\S]*<\/(?:head|body)>/iu.test(text.slice(0, 65536));
}
