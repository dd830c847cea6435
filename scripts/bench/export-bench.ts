/**
 * Export benchmark: a library on disk holding the five sample articles and real news articles
 * (Arabic and French), exported in each format: the sample story, then 50 articles at once.
 * Timed twice: the whole `Library.exportComparison` call, as the app and the CLI make it (most
 * of it is the comparison itself), and the format's writer alone on the same comparison.
 *
 *   npx tsx scripts/bench/export-bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportFormats, type ExportFormat } from '../../src-main/api/contract.js';
import { comparisonToCsv } from '../../src-main/core/export/comparison-csv.js';
import { comparisonToHtml } from '../../src-main/core/export/comparison-html.js';
import { comparisonToMarkdown } from '../../src-main/core/export/comparison-markdown.js';
import { Library } from '../../src-main/core/library/library.js';
import { sampleFiles } from '../../tests/support/temp-library.js';
import { readNews } from './corpus.js';

export interface ExportBenchRow {
  format: ExportFormat;
  articles: number;
  /** The whole library call: compare, read the articles, write the file. */
  ms: number;
  /** The writer alone, on a comparison already made. */
  writeMs: number;
  kb: number;
}

const writers = { html: comparisonToHtml, md: comparisonToMarkdown, csv: comparisonToCsv };

export async function benchExport(options: { articles?: number; repeat?: number } = {}): Promise<ExportBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-export-bench-'));
  const library = Library.open(join(dir, 'library.sqlite'));
  try {
    const sample = (await library.importPaths(sampleFiles)).imported.map((a) => a.id);
    const large = options.articles ?? 50;
    const news = [...readNews('saudinewsnet-ar.jsonl.gz').filter((_, i) => i % 211 === 0), ...readNews('orangesum-fr.jsonl.gz').filter((_, i) => i % 97 === 0)];
    const inputs = news.slice(0, large - sample.length).map((r) => ({ source: `${r.id}.txt`, bytes: new TextEncoder().encode(`${r.title}\n\n${r.body}`) }));
    const many = [...sample, ...(await library.importBuffers(inputs)).imported.map((a) => a.id)];
    const repeat = options.repeat ?? 5;
    const rows: ExportBenchRow[] = [];
    for (const ids of [sample, many]) {
      const input = { comparison: library.compare({ ids }), articles: ids.map((id) => library.getArticle(id)), generatedAt: new Date() };
      for (const format of exportFormats) {
        library.exportComparison({ ids }, format); // warm-up
        let start = performance.now();
        let bytes = 0;
        for (let i = 0; i < repeat; i++) bytes = Buffer.byteLength(library.exportComparison({ ids }, format).content);
        const ms = (performance.now() - start) / repeat;
        start = performance.now();
        for (let i = 0; i < repeat; i++) writers[format](input);
        rows.push({ format, articles: ids.length, ms, writeMs: (performance.now() - start) / repeat, kb: bytes / 1024 });
      }
    }
    return rows;
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = (await benchExport()).map((r) => `| ${r.format}, ${r.articles} articles | ${r.ms.toFixed(0)} ms | ${r.writeMs.toFixed(0)} ms | ${r.kb.toFixed(0)} KB |`);
  console.log(['| export | whole call | writer alone | file |', '| --- | --- | --- | --- |', ...rows].join('\n'));
}
