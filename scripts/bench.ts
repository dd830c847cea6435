/**
 * `npm run bench`: speed figures, printed, never asserted.
 *   --articles N   size of the search library (default 100000; 5000 is quick)
 *   --only NAME    run one section: figures, stories, search
 *   --keep         keep the generated library on disk
 *   --workers N    import worker threads (default: one per available core but the writer's; 0 imports on one thread)
 * Results are also written to bench-out/results.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchFigures, formatBenchTable } from './bench/figures-bench.js';
import { runSearchBench } from './bench/search-bench.js';
import { benchStories } from './bench/stories-bench.js';
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
      { measure: `group ${r.groupArticles} articles into stories`, time: `${(r.groupMs / 1000).toFixed(2)} s (+ ${(r.signMs / 1000).toFixed(1)} s computing signatures)`, target: 'seconds' },
      { measure: 'compare the 5 sample articles', time: `${r.compareSampleMs.toFixed(0)} ms`, target: '< 100 ms' },
      { measure: `compare ${r.compareLargeArticles} articles (${r.compareLargeParagraphs} paragraphs)`, time: `${(r.compareLargeMs / 1000).toFixed(2)} s`, target: '< 2 s' },
    ]),
  );
  console.log(`${r.stories} stories, the largest with ${r.largestStory} articles\n`);
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

mkdirSync('bench-out', { recursive: true });
writeFileSync('bench-out/results.json', JSON.stringify(results, null, 2) + '\n');
