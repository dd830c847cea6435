/**
 * Everything an import computes before it writes: read the file, decode and segment it, tell its
 * languages, cut its words into index terms, find its figures, and hash its content. Pure (apart
 * from reading the file), and the costly part of an import, so it can run on worker threads while
 * the one SQLite writer stores what is ready.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { prepareArticle } from '../importing/prepare-article.js';
import type { ImportInput, ImportProblem, PreparedArticle } from '../importing/prepared-article.js';
import { articleIndexEntry, type ArticleIndexEntry } from '../search/indexer.js';
import { figureTuplesOf, type FigureTuple } from './article-figures.js';

/** News articles are kilobytes; anything this large is not one, and reading it would only hurt. */
export const maxArticleBytes = 16 * 1024 * 1024;

/** An article ready to be written: nothing is left to compute but row ids. */
export interface AnalysedArticle {
  article: PreparedArticle;
  contentHash: string;
  index: ArticleIndexEntry;
  figures: FigureTuple[];
}

/** One thing to import, before it is read: a file on disk, or bytes already in memory. */
export type ImportItem = { source: string; file: { path: string; size: number } } | { source: string; input: ImportInput };

export type ItemAnalysis = AnalysedArticle | ImportProblem;

export function isProblem(analysis: ItemAnalysis): analysis is ImportProblem {
  return 'reason' in analysis;
}

/** The same words in the same order are the same article, whatever the encoding, line breaks or spacing. */
export function contentHash(article: PreparedArticle): string {
  const canonical = article.paragraphs
    .filter((p) => p.kind !== 'junk')
    .map((p) => p.text.normalize('NFC').replace(/\s+/gu, ' ').trim())
    .join('\n');
  return createHash('sha256').update(canonical).digest('hex');
}

export function analyseArticle(article: PreparedArticle): AnalysedArticle {
  return { article, contentHash: contentHash(article), index: articleIndexEntry(article.paragraphs), figures: figureTuplesOf(article.paragraphs) };
}

/** Reads and analyses one item; every failure becomes a problem with a sentence for people, never an exception. */
export function analyseItem(item: ImportItem): ItemAnalysis {
  const prepared = 'file' in item ? readAndPrepare(item.file.path, item.file.size, item.source) : prepareInput(item.input, item.source);
  if ('reason' in prepared) return prepared;
  try {
    return analyseArticle(prepared);
  } catch (error) {
    return { reason: 'invalid', message: `${item.source} could not be analysed: ${(error as Error).message}` };
  }
}

export function tooLarge(source: string, bytes: number): ImportProblem {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return { reason: 'too-large', message: `${source} is ${mb} MB; Parallax imports articles up to ${maxArticleBytes / 1024 / 1024} MB.` };
}

function readAndPrepare(path: string, size: number, source: string): PreparedArticle | ImportProblem {
  // The size is checked before reading: a 200 MB file is refused without being loaded.
  if (size > maxArticleBytes) return tooLarge(source, size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { reason: 'unreadable', message: `${source} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).` };
  }
  return safePrepare({ source, bytes });
}

function prepareInput(input: ImportInput, source: string): PreparedArticle | ImportProblem {
  if (input.bytes.byteLength > maxArticleBytes) return tooLarge(source, input.bytes.byteLength);
  return safePrepare({ ...input, source });
}

/** A bug in one file's extraction must not end the batch. */
export function safePrepare(input: ImportInput): PreparedArticle | ImportProblem {
  try {
    return prepareArticle(input);
  } catch (error) {
    // Thousands of nested elements exhaust the HTML reader's stack; say so in words.
    if (error instanceof RangeError) return { reason: 'invalid', message: `${input.source} is nested too deeply (thousands of elements inside one another) to be read safely.` };
    return { reason: 'invalid', message: `${input.source} could not be read as an article: ${(error as Error).message}` };
  }
}
