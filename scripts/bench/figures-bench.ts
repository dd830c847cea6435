/**
 * Throughput of figure extraction, in MB/s of UTF-8 article text, next to
 * @microsoft/recognizers-text-suite (Number + Currency + Percent models) on the same kind of text
 * in the same run. Texts: the sample story (../shared/corpus/code-red) and a deterministic sample of
 * ../shared/data/news-corpus-ar-fr (every Nth article of each file). Recognizers-Text is slow, so it
 * reads a few hundred KB; ours reads many MB. Both are warmed up first.
 *
 * Run directly (`npx tsx scripts/bench/figures-bench.ts [--mb N] [--rt-kb N]`) to print a table, or call
 * `benchFigures(options)` from another script.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractFigures } from '../../src-main/core/figures/extract-figures.js';

export interface BenchOptions {
  /** Root of the shared data (default: ../shared next to the project). */
  sharedDir?: string;
  /** MB of text our extractor reads per corpus (default 8). */
  oursMegabytes?: number;
  /** KB of text Recognizers-Text reads per corpus (default 200). */
  recognizersKilobytes?: number;
  /** Skip Recognizers-Text (when it is not installed). */
  skipRecognizers?: boolean;
}

export interface BenchRow {
  corpus: string;
  language: string;
  /** Our throughput. */
  oursMBps: number;
  oursBytes: number;
  oursFigures: number;
  /** Recognizers-Text throughput on the same kind of text (null when not run). */
  recognizersMBps: number | null;
  recognizersBytes: number;
  /** How many times faster ours is. */
  ratio: number | null;
}

export interface BenchResult {
  rows: BenchRow[];
  /** Over all corpora: total bytes / total time. */
  oursMBps: number;
  recognizersMBps: number | null;
  ratio: number | null;
}

const here = dirname(fileURLToPath(import.meta.url));

interface Corpus {
  name: string;
  language: string;
  /** Paragraphs, in a fixed order. */
  paragraphs: string[];
  /** Recognizers-Text culture, or null where it has none. */
  culture: string | null;
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Every `step`-th article of a gzipped JSON-lines corpus, up to `limit` bytes of body text. */
function sampleJsonl(path: string, step: number, limit: number): string[] {
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n');
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; i < lines.length && bytes < limit; i += step) {
    const line = lines[i];
    if (!line) continue;
    const doc = JSON.parse(line) as { title?: string; body?: string };
    for (const p of [doc.title ?? '', ...(doc.body ?? '').split('\n\n')]) {
      if (!p.trim()) continue;
      out.push(p);
      bytes += Buffer.byteLength(p);
    }
  }
  return out;
}

function loadCorpora(shared: string, limitBytes: number): Corpus[] {
  const corpora: Corpus[] = [];
  const storyDir = join(shared, 'corpus/code-red');
  if (existsSync(storyDir)) {
    const langs: Record<string, string> = { '000': 'he', '001': 'en', '002': 'en', '003': 'fr', '004': 'en' };
    const byLang = new Map<string, string[]>();
    for (const f of readdirSync(storyDir).filter((x) => x.endsWith('.txt')).sort()) {
      const lang = langs[f.slice(0, 3)] ?? 'und';
      const list = byLang.get(lang) ?? [];
      list.push(...paragraphsOf(readFileSync(join(storyDir, f), 'utf8')));
      byLang.set(lang, list);
    }
    const cultures: Record<string, string> = { en: 'en-us', fr: 'fr-fr' };
    for (const [lang, paragraphs] of byLang) corpora.push({ name: `code-red (${lang})`, language: lang, paragraphs, culture: cultures[lang] ?? null });
  }
  const news = join(shared, 'data/news-corpus-ar-fr');
  const fr = join(news, 'orangesum-fr.jsonl.gz');
  const ar = join(news, 'saudinewsnet-ar.jsonl.gz');
  if (existsSync(fr)) corpora.push({ name: 'orangesum-fr', language: 'fr', paragraphs: sampleJsonl(fr, 3, limitBytes), culture: 'fr-fr' });
  if (existsSync(ar)) corpora.push({ name: 'saudinewsnet-ar', language: 'ar', paragraphs: sampleJsonl(ar, 5, limitBytes), culture: null });
  return corpora;
}

/** Repeats or cuts the paragraphs so they hold about `bytes` bytes. */
function take(paragraphs: string[], bytes: number): { list: string[]; bytes: number } {
  const list: string[] = [];
  let total = 0;
  if (paragraphs.length === 0) return { list, bytes: 0 };
  for (let i = 0; total < bytes; i++) {
    const p = paragraphs[i % paragraphs.length] as string;
    list.push(p);
    total += Buffer.byteLength(p);
  }
  return { list, bytes: total };
}

type Recognize = (text: string, culture: string) => unknown[];

function loadRecognizers(): { number: Recognize; currency: Recognize; percent: Recognize } | null {
  try {
    const require = createRequire(import.meta.url);
    const rt = require('@microsoft/recognizers-text-suite') as { recognizeNumber: Recognize; recognizeCurrency: Recognize; recognizePercentage: Recognize };
    return { number: rt.recognizeNumber, currency: rt.recognizeCurrency, percent: rt.recognizePercentage };
  } catch {
    return null;
  }
}

function timeIt(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

/** Measures throughput; returns the numbers (and prints nothing). */
export function benchFigures(options: BenchOptions = {}): BenchResult {
  const shared = resolve(options.sharedDir ?? join(here, '../../../shared'));
  const oursBytes = Math.round((options.oursMegabytes ?? 8) * 1e6);
  const rtBytes = Math.round((options.recognizersKilobytes ?? 200) * 1e3);
  const corpora = loadCorpora(shared, Math.max(oursBytes, rtBytes));
  const rt = options.skipRecognizers ? null : loadRecognizers();
  const rows: BenchRow[] = [];
  let oursTotalBytes = 0;
  let oursTotalTime = 0;
  let rtTotalBytes = 0;
  let rtTotalTime = 0;
  for (const c of corpora) {
    const ours = take(c.paragraphs, oursBytes);
    // warm up
    for (const p of ours.list.slice(0, 200)) extractFigures(p, c.language);
    let figures = 0;
    const t = timeIt(() => {
      for (const p of ours.list) figures += extractFigures(p, c.language).length;
    });
    oursTotalBytes += ours.bytes;
    oursTotalTime += t;
    let rtMBps: number | null = null;
    let rtB = 0;
    if (rt && c.culture) {
      const sample = take(c.paragraphs, rtBytes);
      const culture = c.culture;
      for (const p of sample.list.slice(0, 5)) {
        rt.number(p, culture);
        rt.currency(p, culture);
        rt.percent(p, culture);
      }
      const tr = timeIt(() => {
        for (const p of sample.list) {
          rt.number(p, culture);
          rt.currency(p, culture);
          rt.percent(p, culture);
        }
      });
      rtB = sample.bytes;
      rtMBps = sample.bytes / 1e6 / tr;
      rtTotalBytes += sample.bytes;
      rtTotalTime += tr;
    }
    const oursMBps = ours.bytes / 1e6 / t;
    rows.push({ corpus: c.name, language: c.language, oursMBps, oursBytes: ours.bytes, oursFigures: figures, recognizersMBps: rtMBps, recognizersBytes: rtB, ratio: rtMBps ? oursMBps / rtMBps : null });
  }
  const oursMBps = oursTotalBytes / 1e6 / oursTotalTime;
  // The ratio over corpora that both read (Recognizers has no Arabic or Hebrew).
  const both = rows.filter((r) => r.recognizersMBps !== null);
  const oursOnBoth = both.reduce((s, r) => s + r.oursBytes, 0) / 1e6 / both.reduce((s, r) => s + r.oursBytes / 1e6 / r.oursMBps, 0);
  const recognizersMBps = rtTotalTime > 0 ? rtTotalBytes / 1e6 / rtTotalTime : null;
  return { rows, oursMBps, recognizersMBps, ratio: recognizersMBps ? oursOnBoth / recognizersMBps : null };
}

/** The result as a markdown table. */
export function formatBenchTable(r: BenchResult): string {
  const lines = ['| corpus | language | ours MB/s | Recognizers-Text MB/s | ratio |', '| --- | --- | ---: | ---: | ---: |'];
  for (const row of r.rows) {
    lines.push(
      `| ${row.corpus} | ${row.language} | ${row.oursMBps.toFixed(1)} | ${row.recognizersMBps === null ? 'n/a' : row.recognizersMBps.toFixed(3)} | ${row.ratio === null ? 'n/a' : `${Math.round(row.ratio)}×`} |`,
    );
  }
  lines.push(`| **all** | | **${r.oursMBps.toFixed(1)}** | **${r.recognizersMBps === null ? 'n/a' : r.recognizersMBps.toFixed(3)}** | **${r.ratio === null ? 'n/a' : `${Math.round(r.ratio)}×`}** |`);
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const result = benchFigures({ oursMegabytes: arg('--mb'), recognizersKilobytes: arg('--rt-kb') });
  console.log(formatBenchTable(result));
}
