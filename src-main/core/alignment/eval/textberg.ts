/**
 * The Text+Berg German–French gold (../shared/eval/align/textberg-de-fr): one document pair per
 * set, one sentence per line, gold links in the benchmark format. Read for evaluation only; the
 * data is GPL-licensed and never ships with the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLinks, type SentenceLink } from '../links.js';

export interface GoldDocument {
  /** `dev`, `test0` … `test6`. */
  id: string;
  source: string[];
  target: string[];
  gold: SentenceLink[];
}

export const textBergSets = ['dev', 'test0', 'test1', 'test2', 'test3', 'test4', 'test5', 'test6'] as const;
export const textBergLanguages = { source: 'de', target: 'fr' } as const;

/** Lines of a one-sentence-per-line file; a final newline does not make an extra sentence. */
export function readSentenceLines(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function loadTextBerg(folder: string, ids: readonly string[] = textBergSets): GoldDocument[] {
  return ids.map((id) => ({
    id,
    source: readSentenceLines(readFileSync(join(folder, `${id}.de`), 'utf8')),
    target: readSentenceLines(readFileSync(join(folder, `${id}.fr`), 'utf8')),
    gold: parseLinks(readFileSync(join(folder, `${id}.defr`), 'utf8')),
  }));
}

export function textBergAvailable(folder: string): boolean {
  return textBergSets.every((id) => existsSync(join(folder, `${id}.defr`)));
}
