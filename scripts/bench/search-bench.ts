/**
 * Issue: search at scale. Builds a library of N articles through the real import path, next to
 * plain FTS5 (`unicode61`) insertion of the same text in the same run, then measures query latency
 * over a fixed, generated query set in every language.
 */
import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultImportWorkers, Library } from '../../src-main/core/library/library.js';
import { benchCorpus, toMarkdown, type BenchArticle } from './corpus.js';
import { Random } from './random.js';
import { mb, peakRssMb, percentile } from './stats.js';

export interface SearchBenchResult {
  articles: number;
  importWorkers: number;
  textMb: number;
  importSeconds: number;
  importMbPerSecond: number;
  baselineSeconds: number;
  baselineMbPerSecond: number;
  ratioToBaseline: number;
  databaseMb: number;
  indexMb: number;
  baselineIndexMb: number;
  queries: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** The first round, right after the import (code, caches and the facts table cold), then the two others. */
  latencyByRoundMs: Array<{ p50: number; p95: number }>;
  baselineLatencyMs: { p50: number; p95: number; p99: number };
  slowest: Array<{ query: string; ms: number }>;
  peakRssMb: number;
}

/**
 * Articles handed to one import call. An import keeps its worker threads busy while it writes, so
 * a call should be long enough for the start and the end of the pipeline to matter little, as in
 * an import of a folder.
 */
const batchSize = 2_000;

export async function runSearchBench(options: { articles: number; keep?: boolean; importWorkers?: number; log?: (line: string) => void }): Promise<SearchBenchResult> {
  const log = options.log ?? console.log;
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const library = Library.open(join(dir, 'library.sqlite'), options.importWorkers === undefined ? {} : { importWorkers: options.importWorkers });
  const baseline = new BetterSqlite3(join(dir, 'baseline.sqlite'));
  baseline.pragma('journal_mode = WAL');
  baseline.pragma('synchronous = NORMAL');
  baseline.exec('CREATE VIRTUAL TABLE plain USING fts5(title, body, tokenize = "unicode61")');
  const insertPlain = baseline.prepare('INSERT INTO plain (title, body) VALUES (?, ?)');
  const sampler = new QuerySampler();
  const encoder = new TextEncoder();

  let importMs = 0;
  let baselineMs = 0;
  let textBytes = 0;
  let count = 0;
  let duplicates = 0;
  let batch: BenchArticle[] = [];
  const flush = async () => {
    const inputs = batch.map((article) => ({ source: article.source, bytes: encoder.encode(toMarkdown(article)) }));
    for (const input of inputs) textBytes += input.bytes.byteLength;
    let started = performance.now();
    const report = await library.importBuffers(inputs);
    importMs += performance.now() - started;
    duplicates += report.skipped.filter((skip) => skip.reason === 'duplicate').length;
    const problems = report.skipped.filter((skip) => skip.reason !== 'duplicate');
    if (problems.length) log(`  ${problems.length} skipped in a batch, first: ${problems[0]!.message}`);
    started = performance.now();
    baseline.transaction(() => {
      for (const article of batch) insertPlain.run(article.title, article.paragraphs.join('\n\n'));
    })();
    baselineMs += performance.now() - started;
    batch = [];
  };
  for (const article of benchCorpus({ articles: options.articles })) {
    sampler.observe(article);
    batch.push(article);
    if (++count % batchSize === 0) await flush();
    if (count % 10_000 === 0) log(`  ${count} articles, ${mb(textBytes).toFixed(0)} MB, import ${(mb(textBytes) / (importMs / 1000)).toFixed(2)} MB/s`);
  }
  if (batch.length) await flush();

  const queries = sampler.queries();
  const latencies: number[] = [];
  const byRound: number[][] = [[], [], []];
  const slowest: Array<{ query: string; ms: number }> = [];
  const baselineLatencies: number[] = [];
  const plainQuery = baseline.prepare("SELECT rowid, snippet(plain, 1, '[', ']', '…', 16) AS s FROM plain WHERE plain MATCH ? ORDER BY rank LIMIT 20");
  for (let round = 0; round < 3; round++) {
    for (const query of queries) {
      const started = performance.now();
      library.search(query, 20);
      const ms = performance.now() - started;
      latencies.push(ms);
      byRound[round]!.push(ms);
      if (round === 2) slowest.push({ query, ms: Math.round(ms * 10) / 10 });
      const words = query.replace(/\b(lang|outlet|after|before):\S+/gu, '').match(/[\p{L}\p{N}]+\*?/gu) ?? [];
      if (words.length) {
        const t = performance.now();
        try {
          plainQuery.all(words.map((w) => (w.endsWith('*') ? `"${w.slice(0, -1)}"*` : `"${w}"`)).join(' '));
        } catch {
          // A word unicode61 cannot take: the baseline simply has no figure for it.
        }
        baselineLatencies.push(performance.now() - t);
      }
    }
  }
  latencies.sort((a, b) => a - b);
  baselineLatencies.sort((a, b) => a - b);
  slowest.sort((a, b) => b.ms - a.ms);

  const databaseMb = mb(statSync(join(dir, 'library.sqlite')).size);
  const raw = new BetterSqlite3(join(dir, 'library.sqlite'), { readonly: true });
  const sizeOf = (db: BetterSqlite3.Database, prefix: string) =>
    mb((db.prepare("SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE ? || '%'").get(prefix) as { n: number }).n);
  const indexMb = sizeOf(raw, 'article_index');
  const baselineIndexMb = sizeOf(baseline, 'plain');
  raw.close();
  baseline.close();
  library.close();
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
  else log(`  kept ${dir}`);

  const textMb = mb(textBytes);
  log(`  ${duplicates} articles were skipped as duplicates of others (the corpus repeats some wire stories)`);
  return {
    articles: count,
    importWorkers: options.importWorkers ?? defaultImportWorkers(),
    textMb,
    importSeconds: importMs / 1000,
    importMbPerSecond: textMb / (importMs / 1000),
    baselineSeconds: baselineMs / 1000,
    baselineMbPerSecond: textMb / (baselineMs / 1000),
    ratioToBaseline: baselineMs / importMs,
    databaseMb,
    indexMb,
    baselineIndexMb,
    queries: queries.length,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? NaN },
    latencyByRoundMs: byRound.map((round) => {
      const sorted = [...round].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
    }),
    baselineLatencyMs: { p50: percentile(baselineLatencies, 50), p95: percentile(baselineLatencies, 95), p99: percentile(baselineLatencies, 99) },
    slowest: slowest.slice(0, 5),
    peakRssMb: peakRssMb(),
  };
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Builds the query set from the corpus itself, per language: the most common words, rare words,
 * a phrase, a prefix, and filters. Nothing is hand-picked, so the set follows the data.
 */
export class QuerySampler {
  private readonly documentFrequency = new Map<string, Map<string, number>>();
  private readonly phrases = new Map<string, string[]>();
  private readonly outlets = new Map<string, string>();
  private readonly seen = new Map<string, number>();

  observe(article: BenchArticle): void {
    const n = (this.seen.get(article.language) ?? 0) + 1;
    this.seen.set(article.language, n);
    if (n > 400) return;
    let df = this.documentFrequency.get(article.language);
    if (!df) this.documentFrequency.set(article.language, (df = new Map()));
    const words = new Set<string>();
    for (const paragraph of article.paragraphs) {
      const segments = [...segmenter.segment(paragraph)].filter((s) => s.isWordLike && /^\p{L}{2,}$/u.test(s.segment)).map((s) => s.segment);
      for (const word of segments) words.add(word);
      if (n % 50 === 0 && segments.length > 4) {
        const list = this.phrases.get(article.language) ?? [];
        list.push(`"${segments[2]} ${segments[3]}"`);
        this.phrases.set(article.language, list);
      }
    }
    for (const word of words) df.set(word, (df.get(word) ?? 0) + 1);
    this.outlets.set(article.language, article.outlet);
  }

  queries(): string[] {
    const random = new Random(7);
    const out: string[] = [];
    for (const [language, df] of this.documentFrequency) {
      const ranked = [...df].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const common = ranked.slice(0, 3).map(([w]) => w);
      const middle = ranked.filter(([, n]) => n >= 10 && n <= 40).map(([w]) => w);
      const rare = ranked.filter(([, n]) => n >= 2 && n <= 4).map(([w]) => w);
      const pickFrom = (list: string[]) => (list.length ? random.pick(list) : common[0]!);
      out.push(common[0]!, common[2] ?? common[0]!, pickFrom(rare), pickFrom(rare), pickFrom(middle));
      out.push(`${pickFrom(middle)} ${pickFrom(middle)}`);
      out.push(...(this.phrases.get(language) ?? []).slice(0, 2));
      const stem = pickFrom(middle);
      out.push(`${stem.slice(0, Math.max(2, Math.min(4, stem.length - 1)))}*`);
      out.push(`${common[1] ?? common[0]} lang:${language}`);
      out.push(`${pickFrom(middle)} after:2020-01-01`);
      out.push(`${pickFrom(middle)} outlet:"${this.outlets.get(language)}"`);
      out.push(`${pickFrom(middle)} -${common[0]}`);
    }
    return out;
  }
}
