/**
 * `npm run bench`: speed figures, printed, never asserted.
 *   --articles N   size of the search library (default 100000; 5000 is quick)
 *   --only NAME    run one section: figures, stories, export, view, stall, align, search
 *   --keep         keep the generated library on disk
 *   --workers N    import worker threads (default: one per available core but the writer's; 0 imports on one thread)
 * Results are also written to bench-out/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchComparisonView } from './bench/comparison-view-bench.js';
import { benchExport } from './bench/export-bench.js';
import { benchAlign } from './bench/align-bench.js';
import { benchFigures, formatBenchTable } from './bench/figures-bench.js';
import { benchImportStall } from './bench/import-stall-bench.js';
import { runSearchBench } from './bench/search-bench.js';
import { benchStoredStories, benchStories, formatTiming } from './bench/stories-bench.js';
import { table } from './bench/stats.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '100000' }, only: { type: 'string' }, keep: { type: 'boolean', default: false }, workers: { type: 'string' } },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 100) throw new Error('--articles must be a whole number, at least 100');
const wanted = (name: string) => !values.only || values.only === name;
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`Parallax benchmark on ${machine}\n`);
const results: Record<string, unknown> = { machine, date: new Date().toISOString() };

if (wanted('figures')) {
  console.log('## Figures: extraction throughput against Recognizers-Text, same text, same run');
  const r = benchFigures();
  results.figures = r;
  console.log(formatBenchTable(r));
  console.log(`overall: ours ${r.oursMBps.toFixed(2)} MB/s, Recognizers-Text ${r.recognizersMBps?.toFixed(4) ?? 'n/a'} MB/s, ratio ${r.ratio?.toFixed(0) ?? 'n/a'}× (target ≥ 100×)\n`);
}

if (wanted('stories')) {
  console.log('## Stories and themes');
  const r = benchStories({ articles: Math.min(articles, 10_000) });
  results.stories = r;
  console.log(
    table([
      { measure: `group ${r.groupArticles} articles into stories`, time: formatTiming(r.group), target: 'seconds' },
      { measure: `their signatures (once per article, stored)`, time: formatTiming(r.sign), target: '' },
      { measure: 'compare the 5 sample articles', time: formatTiming(r.compareSample), target: '< 100 ms' },
      { measure: `compare ${r.compareLargeArticles} articles (${r.compareLargeParagraphs} paragraphs)`, time: formatTiming(r.compareLarge), target: '< 2 s' },
    ]),
  );
  console.log(`${r.stories} stories, the largest with ${r.largestStory} articles\n`);
  const stored = await benchStoredStories({ articles: Math.min(articles, 2_000) });
  results.storedStories = stored;
  console.log(`### Kept in a library of ${stored.articles} articles`);
  console.log(
    table([
      { measure: 'stories, first time (every signature, then grouping, stored)', time: formatTiming(stored.firstStories) },
      { measure: 'stories again (stored)', time: formatTiming(stored.storedStories) },
      { measure: 'stories after one more import (one signature, grouping again)', time: formatTiming(stored.afterImportStories) },
      { measure: 'compare the sample story, first time', time: formatTiming(stored.compareFirst) },
      { measure: 'compare the sample story again (stored)', time: formatTiming(stored.compareStored) },
    ]),
  );
  console.log('');
}

if (wanted('export')) {
  console.log('## Export: a comparison as HTML, Markdown and CSV, through the library');
  const rows = await benchExport();
  results.export = rows;
  console.log(table(rows.map((r) => ({ measure: `export ${r.articles} articles as ${r.format}`, 'whole call': `${r.ms.toFixed(0)} ms`, 'writer alone': `${r.writeMs.toFixed(1)} ms`, file: `${r.kb.toFixed(0)} KB` }))));
  console.log('');
}

if (wanted('view')) {
  console.log('## Comparison view, in Chromium against the web harness');
  const r = await benchComparisonView();
  results.view = r;
  const frames = (name: 'bands' | 'flow') => r.large.frames[name];
  console.log(
    table([
      { measure: `open the sample story (median of ${r.sampleOpenMs.runs})`, result: `${r.sampleOpenMs.median.toFixed(0)} ms (slowest ${r.sampleOpenMs.max.toFixed(0)} ms)`, target: 'interactive < 300 ms' },
      { measure: `open ${r.large.articles} articles, ${r.large.paragraphs} paragraphs`, result: `${r.large.openMs.toFixed(0)} ms`, target: '' },
      ...(['bands', 'flow'] as const).map((name) => ({
        measure: `scroll, ${name === 'bands' ? 'theme bands' : 'original flow'} (${frames(name).frames} frames)`,
        result: `p95 ${frames(name).p95Ms.toFixed(1)} ms · longest ${frames(name).maxMs.toFixed(1)} ms · ${frames(name).over32} over 32 ms`,
        target: 'no frame over 32 ms',
      })),
    ]),
  );
  console.log('');
}

if (wanted('stall')) {
  const files = Math.min(articles, 10_000);
  console.log(`## Import in the app's process: ${files} files, the longest stall of its event loop`);
  const r = await benchImportStall({ files });
  results.stall = r;
  console.log(
    table([
      { measure: `import ${r.files} files (${r.megabytes.toFixed(0)} MB)`, result: `${r.seconds.toFixed(1)} s, ${r.progressEvents} progress events`, target: '' },
      { measure: 'longest event-loop stall', result: `${r.longestStallMs.toFixed(0)} ms (p99 delay ${r.p99DelayMs.toFixed(1)} ms, ${r.stallsOver50} stalls over 50 ms); idle, same timer: ${r.idleLongestStallMs.toFixed(0)} ms`, target: '< 50 ms' },
    ]),
  );
  console.log('');
}

if (wanted('search')) {
  console.log(`## Search: a library of ${articles} articles`);
  const importWorkers = values.workers === undefined ? undefined : Number(values.workers);
  const r = await runSearchBench({ articles, keep: values.keep, importWorkers });
  results.search = r;
  console.log(
    table([
      { measure: 'import and index', ours: `${r.importMbPerSecond.toFixed(2)} MB/s`, 'plain FTS5 unicode61': `${r.baselineMbPerSecond.toFixed(2)} MB/s`, ratio: `${r.ratioToBaseline.toFixed(2)} (target ≥ 0.5)` },
      { measure: 'text imported', ours: `${r.textMb.toFixed(1)} MB in ${r.importSeconds.toFixed(1)} s, ${r.importWorkers} worker threads`, 'plain FTS5 unicode61': `${r.baselineSeconds.toFixed(1)} s`, ratio: '' },
      { measure: 'index on disk', ours: `${r.indexMb.toFixed(1)} MB (${((r.indexMb / r.textMb) * 100).toFixed(0)}% of text)`, 'plain FTS5 unicode61': `${r.baselineIndexMb.toFixed(1)} MB (with its copy of the text)`, ratio: '' },
      { measure: 'whole library file', ours: `${r.databaseMb.toFixed(1)} MB`, 'plain FTS5 unicode61': '', ratio: '' },
      { measure: `search latency, ${r.queries} queries × 3`, ours: `p50 ${r.latencyMs.p50.toFixed(1)} · p95 ${r.latencyMs.p95.toFixed(1)} · p99 ${r.latencyMs.p99.toFixed(1)} ms`, 'plain FTS5 unicode61': `p50 ${r.baselineLatencyMs.p50.toFixed(1)} · p95 ${r.baselineLatencyMs.p95.toFixed(1)} · p99 ${r.baselineLatencyMs.p99.toFixed(1)} ms`, ratio: 'target p95 < 30 ms' },
      { measure: 'peak memory (RSS)', ours: `${r.peakRssMb.toFixed(0)} MB`, 'plain FTS5 unicode61': '', ratio: '' },
    ]),
  );
  console.log(`latency by round (p50 · p95): ${r.latencyByRoundMs.map((x, i) => `${i + 1}: ${x.p50.toFixed(1)} · ${x.p95.toFixed(1)} ms`).join('; ')}`);
  console.log(`slowest queries: ${r.slowest.map((s) => `${s.query} (${s.ms} ms)`).join('; ')}\n`);
}

if (wanted('align')) {
  console.log('## Sentence alignment');
  const r = await benchAlign();
  results.align = r;
  const rows: Array<Record<string, string>> = [];
  if (r.pair) {
    rows.push(
      { measure: `align a ${r.pair.sourceSentences}:${r.pair.targetSentences}-sentence pair (Text+Berg de–fr, repeated)`, ours: `${r.pair.oursMs.toFixed(0)} ms (${r.pair.oursCpuMs.toFixed(0)} ms of processor; first run ${r.pair.firstMs.toFixed(0)} ms), strict F1 ${r.pair.oursStrictF1.toFixed(3)}`, 'Gale–Church (lengths only)': `${r.pair.galeChurchMs.toFixed(0)} ms, strict F1 ${r.pair.galeChurchStrictF1.toFixed(3)}; ours takes ${(r.pair.oursMs / r.pair.galeChurchMs).toFixed(2)}× its time`, target: '< 1 s' },
      { measure: `align the ${r.pair.uniqueSentences} Text+Berg sentences joined once`, ours: `${r.pair.uniqueMs.toFixed(0)} ms`, 'Gale–Church (lengths only)': '', target: '' },
    );
  } else rows.push({ measure: 'Text+Berg pair', ours: 'skipped: ../shared/eval/align is not beside this checkout', 'Gale–Church (lengths only)': '', target: '' });
  rows.push({ measure: `align two articles (#${r.articles.ids.join(', #')}, ${r.articles.sentences.join(' and ')} sentences, with the fidelity check)`, ours: `${r.articles.ms.toFixed(0)} ms, ${r.articles.findings} findings`, 'Gale–Church (lengths only)': '', target: '' });
  rows.push({ measure: 'propose translations for the longest sample article', ours: `${r.proposals.ms.toFixed(0)} ms, ${r.proposals.proposed} proposed`, 'Gale–Church (lengths only)': '', target: '' });
  console.log(table(rows) + '\n');
}

mkdirSync('bench-out', { recursive: true });
writeFileSync('bench-out/results.json', JSON.stringify(results, null, 2) + '\n');
