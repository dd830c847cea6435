/**
 * The comparison view's speed, measured in Chromium (Debian's, driven by Playwright) against the
 * web harness, as a user meets it:
 *   - the sample story: time from the click on "Compare sources" to a comparison that answers
 *     (bands laid out and painted, a figure's hover lighting up its group);
 *   - a 20-article story of 1,000 paragraphs built from real news text: frame intervals while
 *     the view scrolls, in both layouts (target: none over 32 ms).
 * Needs the build (`npm run build`) and /usr/bin/chromium (or PARALLAX_CHROMIUM).
 */
import { chromium, type Page } from '@playwright/test';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHarness } from '../../tests/support/web-harness.js';
import { readNews } from './corpus.js';
import { Random } from './random.js';
import { percentile } from './stats.js';

const root = join(import.meta.dirname, '..', '..');

export interface ComparisonViewBench {
  sampleOpenMs: { median: number; max: number; runs: number };
  large: { articles: number; paragraphs: number; openMs: number; frames: Record<'bands' | 'flow', { frames: number; p95Ms: number; maxMs: number; over32: number }> };
}

/**
 * Clicks and resolves with the ms from the click until the comparison is laid out, painted and
 * answers a hover, timed inside the page (a MutationObserver sees the grid arrive; two frames later
 * it has been painted), so the harness's own polling adds nothing.
 */
async function timeOpening(page: Page, click: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const state = window as unknown as { benchStart: number; benchDone: Promise<number> };
    state.benchStart = 0;
    document.addEventListener('click', () => (state.benchStart = performance.now()), { capture: true, once: true });
    state.benchDone = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="band-grid"]')) return;
        observer.disconnect();
        const grouped = document.querySelector<HTMLElement>('.figure[data-group]');
        grouped?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            if (grouped && !grouped.classList.contains('linked')) throw new Error('hovering a figure did not link it');
            resolve(performance.now() - state.benchStart);
          }),
        );
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
  });
  await click();
  return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

/** Scrolls the view's scroller(s) a screen at a time for `frames` frames and records frame intervals. */
async function scrollFrames(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const scrollers = [...document.querySelectorAll<HTMLElement>('.flow-column')];
    const stage = document.querySelector<HTMLElement>('[data-testid="comparison-stage"]')!;
    const targets = scrollers.length > 0 ? scrollers.slice(0, 1) : [stage];
    const intervals: number[] = [];
    let last = performance.now();
    for (let i = 0; i < count; i++) {
      for (const target of targets) target.scrollTop += 90;
      await new Promise((done) => requestAnimationFrame(done));
      const now = performance.now();
      intervals.push(now - last);
      last = now;
    }
    return intervals;
  }, frames);
}

function frameStats(intervals: number[]): { frames: number; p95Ms: number; maxMs: number; over32: number } {
  const sorted = [...intervals].sort((a, b) => a - b);
  return { frames: intervals.length, p95Ms: percentile(sorted, 95), maxMs: sorted.at(-1) ?? 0, over32: intervals.filter((ms) => ms > 32).length };
}

/** 20 articles of 50 paragraphs from French news: each mixes its own text with paragraphs shared by a few others, so themes form. */
function writeLargeStory(dir: string): { articles: number; paragraphs: number } {
  const news = readNews('orangesum-fr.jsonl.gz').filter((record) => record.body.length > 600);
  const random = new Random(20);
  const pool = news.slice(0, 400).flatMap((record) => record.body.split(/\n+|(?<=\.)\s+(?=[A-ZÉ])/u).filter((p) => p.length > 120)).slice(0, 600);
  let paragraphs = 0;
  for (let a = 0; a < 20; a++) {
    const chosen: string[] = [];
    for (let p = 0; p < 50; p++) chosen.push(pool[random.int(0, 119) + (p % 3 === 0 ? 0 : 120 + a * 20)] ?? pool[p]!);
    paragraphs += chosen.length;
    writeFileSync(join(dir, `article-${String(a).padStart(2, '0')}.md`), `# ${news[a]!.title}\n\n${chosen.join('\n\n')}\n`);
  }
  return { articles: 20, paragraphs };
}

export async function benchComparisonView(): Promise<ComparisonViewBench> {
  if (!existsSync(join(root, 'dist/web/server.js')) || !existsSync(join(root, 'dist/renderer/index.html'))) {
    spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const work = mkdtempSync(join(tmpdir(), 'parallax-view-bench-'));
  const browser = await chromium.launch({ executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const harnesses: ChildProcess[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });

    // The sample story, opened five times (the first run includes the comparison's computation).
    const sample = await startWebHarness(join(work, 'sample.sqlite'));
    harnesses.push(sample.child);
    const opens: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.goto(sample.url);
      const button = page.getByTestId('story').first().getByRole('button', { name: 'Compare sources' });
      await button.waitFor();
      opens.push(await timeOpening(page, () => button.click()));
    }

    // The large story.
    const articlesDir = join(work, 'large');
    mkdirSync(articlesDir);
    const size = writeLargeStory(articlesDir);
    const libraryPath = join(work, 'large.sqlite');
    spawnSync(process.execPath, [join(root, 'bin/parallax.js'), '--library', libraryPath, 'import', articlesDir], { stdio: 'ignore' });
    const large = await startWebHarness(libraryPath);
    harnesses.push(large.child);
    await page.goto(large.url);
    await page.getByLabel('Select every article shown').check();
    const openMs = await timeOpening(page, () => page.getByRole('button', { name: 'Compare side by side' }).click());
    await scrollFrames(page, 10); // warm-up
    const bands = frameStats(await scrollFrames(page, 240));
    await page.getByLabel('Original flow').check();
    await page.getByTestId('flow-layout').waitFor();
    await scrollFrames(page, 10);
    const flow = frameStats(await scrollFrames(page, 240));

    opens.sort((a, b) => a - b);
    return {
      sampleOpenMs: { median: percentile(opens, 50), max: opens.at(-1)!, runs: opens.length },
      large: { ...size, openMs, frames: { bands, flow } },
    };
  } finally {
    await browser.close();
    for (const child of harnesses) child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}
