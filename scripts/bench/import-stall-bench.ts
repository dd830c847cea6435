/**
 * How long the importing process stops answering during a 10,000-file import: the library runs in
 * Electron's main process (and the web harness's), so its longest stall is the longest the
 * window waits for any answer. Measured with a 5 ms timer: each tick late by more than its period
 * is a stall, and `perf_hooks`' event-loop delay histogram gives the same from inside Node.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Library } from '../../src-main/core/library/library.js';
import { benchCorpus, toMarkdown } from './corpus.js';

export interface ImportStallBench {
  files: number;
  megabytes: number;
  seconds: number;
  longestStallMs: number;
  /** The same timer's longest lateness with nothing to do, measured just before: the machine's own noise. */
  idleLongestStallMs: number;
  p99DelayMs: number;
  stallsOver50: number;
  progressEvents: number;
}

export async function benchImportStall(options: { files?: number } = {}): Promise<ImportStallBench> {
  const count = options.files ?? 10_000;
  const work = mkdtempSync(join(tmpdir(), 'parallax-stall-bench-'));
  try {
    const dir = join(work, 'articles');
    mkdirSync(dir);
    let bytes = 0;
    for (const article of benchCorpus({ articles: count })) {
      const text = toMarkdown(article);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(dir, article.source.replace(/[^\w.-]/gu, '_')), text);
    }
    // As the app opens it (Electron's main process, the web harness).
    const library = Library.open(join(work, 'library.sqlite'), { responsive: true });
    const period = 5;
    const idleLongestStallMs = await new Promise<number>((resolve) => {
      let previous = performance.now();
      let worst = 0;
      const idle = setInterval(() => {
        const now = performance.now();
        worst = Math.max(worst, now - previous - period);
        previous = now;
      }, period);
      setTimeout(() => {
        clearInterval(idle);
        resolve(worst);
      }, 3_000);
    });
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    let last = performance.now();
    let longest = 0;
    let over50 = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      const late = now - last - period;
      if (late > longest) longest = late;
      if (late > 50) over50++;
      last = now;
    }, period);
    let progressEvents = 0;
    histogram.enable();
    const start = performance.now();
    await library.importPaths([dir], { onProgress: () => progressEvents++ });
    const seconds = (performance.now() - start) / 1000;
    histogram.disable();
    clearInterval(timer);
    library.close();
    return {
      files: count,
      megabytes: bytes / 1e6,
      seconds,
      longestStallMs: Math.max(longest, histogram.max / 1e6 - period),
      idleLongestStallMs,
      p99DelayMs: histogram.percentile(99) / 1e6,
      stallsOver50: over50,
      progressEvents,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
