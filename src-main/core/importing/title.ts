/**
 * An article's title when nobody wrote one down: what the text itself puts first, or failing
 * that, the name it came under.
 */
import type { ParagraphKind } from '../../api/contract.js';

export const maxInferredTitleLength = 90;

export function inferTitle(paragraphs: ReadonlyArray<{ kind: ParagraphKind; text: string }>, fallbackName: string): string {
  const title = paragraphs.find((p) => p.kind === 'title' && p.text.trim());
  if (title) return title.text.trim();

  const first = paragraphs.find((p) => p.kind !== 'junk' && p.text.trim());
  if (first?.kind === 'heading') return first.text.trim();

  const body = paragraphs.find((p) => p.kind === 'body' && /[\p{L}\p{N}]/u.test(p.text));
  if (body) {
    const sentence = firstSentence(body.text.replace(/^\s*(?:[•·◦▪‣∙*–—-]|\d{1,3}[.)])\s+/u, ''));
    if (sentence) return shorten(sentence, maxInferredTitleLength);
  }
  return nameWithoutExtension(fallbackName);
}

function firstSentence(text: string): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const first = segmenter.segment(text.trim())[Symbol.iterator]().next().value?.segment ?? text;
  // A title carries no full stop, but keeps a question or exclamation mark.
  return first.trim().replace(/[.。]+$/u, '').trim();
}

/** Cuts at the last word boundary that fits, adding `…`; text without spaces (CJK) is cut anywhere. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join('');
  // The word that fills the room exactly is whole when a space follows it.
  const boundary = /\s/u.test(chars[max - 1] ?? '') ? room.length : room.search(/\s\S*$/u);
  const cut = boundary > max / 2 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** The last segment of a path or URL, decoded, without its extension. */
export function nameWithoutExtension(source: string): string {
  let name = source.trim();
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(name)) {
      const url = new URL(name);
      const last = url.pathname.split('/').filter(Boolean).pop();
      if (!last) return url.hostname || source;
      name = last;
    }
  } catch {
    // Not a URL after all; treat it as a path.
  }
  name = name.split(/[\\/]/u).filter(Boolean).pop() ?? name;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A stray `%` in a file name is just a character.
  }
  const stem = name.replace(/\.[^.\s]{1,10}$/u, '');
  return stem.trim() || name.trim() || source;
}
