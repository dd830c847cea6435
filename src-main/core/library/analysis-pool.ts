/**
 * A pool of worker threads that analyse import items (read, decode, segment, detect languages,
 * tokenise, find figures: analyse-article.ts) while the calling thread writes to SQLite.
 *
 * A worker takes about a second to load its modules, longer than a small import lasts, so work
 * is queued and the calling thread may take queued chunks itself (`analyseQueuedHere`) while the
 * workers start or when they fall behind: an import is never slower than on one thread. Workers
 * start on first use and stop after a while without work, so a library that is only read costs no
 * threads, and one that imports folder after folder pays the start-up once.
 *
 * If a worker cannot start (a missing bundle) or dies, its chunk is analysed on the calling thread
 * instead: slower, never lost.
 */
import { Worker } from 'node:worker_threads';
import { analyseItem, type ImportItem, type ItemAnalysis } from './analyse-article.js';
import type { AnalysisReply, AnalysisRequest } from './analysis-worker.js';

interface Task {
  id: number;
  items: ImportItem[];
  resolve: (results: ItemAnalysis[]) => void;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  /** Sent and not yet answered, oldest first. */
  tasks: Task[];
}

/** Idle workers are stopped after this long; the next import starts them again. */
const idleMilliseconds = 15_000;
/**
 * Chunks sent to a worker ahead of its answers. The calling thread hands out work only between
 * its own steps (a batch written, a chunk analysed), which take longer than a worker's chunk; with
 * the next chunks already in its inbox, a worker never waits for the calling thread to notice it.
 */
const chunksPerWorker = 3;

export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private idleTimer: NodeJS.Timeout | null = null;
  /** Set once a worker failed to start: the rest runs on the calling thread. */
  private broken = false;

  constructor(
    readonly size: number,
    /** The worker's script; only tests name another one. */
    private readonly script: URL = workerScript(),
  ) {}

  /** The items' analyses, in their order. Never rejects: a failed worker's chunk is analysed here. */
  analyse(items: ImportItem[]): Promise<ItemAnalysis[]> {
    if (this.broken || this.size < 1) return Promise.resolve(items.map(analyseItem));
    this.cancelIdleTimer();
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, items, resolve });
      this.dispatch();
    });
  }

  /**
   * Analyses on this thread the newest chunk no worker has taken yet; false when there is none.
   * Workers take the oldest chunks, which are written first; taking from the other end keeps the
   * two from waiting on each other.
   */
  analyseQueuedHere(): boolean {
    const task = this.queue.pop();
    if (!task) return false;
    task.resolve(task.items.map(analyseItem));
    return true;
  }

  /** Stops every worker; work still queued is analysed on the calling thread. */
  async close(): Promise<void> {
    this.cancelIdleTimer();
    const workers = this.workers.splice(0);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
    for (const { tasks } of workers) for (const task of tasks) task.resolve(task.items.map(analyseItem));
    for (const task of this.queue.splice(0)) task.resolve(task.items.map(analyseItem));
  }

  private dispatch(): void {
    while (this.workers.length < this.size && this.queue.length > this.workers.filter((w) => !w.ready).length) this.spawn();
    // Round by round, so that every worker gets its next chunk before any gets a third.
    for (let depth = 1; depth <= chunksPerWorker && this.queue.length > 0; depth++) {
      for (const entry of this.workers) {
        if (!entry.ready || entry.tasks.length >= depth) continue;
        const task = this.queue.shift();
        if (!task) break;
        entry.tasks.push(task);
        // A worker with work keeps the process alive until it answers; an idle one must not.
        entry.worker.ref();
        entry.worker.postMessage({ id: task.id, items: task.items } satisfies AnalysisRequest);
      }
    }
    if (this.queue.length === 0 && this.workers.every((w) => w.tasks.length === 0)) this.startIdleTimer();
  }

  private spawn(): void {
    // No inherited Node options: the parent's (--input-type, an --eval script's) can stop a worker from starting.
    const entry: PoolWorker = { worker: new Worker(this.script, { execArgv: [] }), ready: false, tasks: [] };
    entry.worker.on('message', (reply: AnalysisReply) => {
      if ('ready' in reply) entry.ready = true;
      else if (entry.tasks[0]?.id === reply.id) entry.tasks.shift()!.resolve(reply.results);
      if (entry.tasks.length === 0) entry.worker.unref();
      this.dispatch();
    });
    const fail = (error?: Error) => {
      const index = this.workers.indexOf(entry);
      if (index < 0) return;
      this.workers.splice(index, 1);
      // A worker that never became ready could not start: do not keep starting new ones.
      if (!entry.ready) this.broken = true;
      if (error) console.error('[parallax] an import worker stopped; its articles are read on the main thread:', error.message);
      const tasks = entry.tasks.splice(0);
      void entry.worker.terminate();
      for (const task of tasks) task.resolve(task.items.map(analyseItem));
      if (this.broken) for (const queued of this.queue.splice(0)) queued.resolve(queued.items.map(analyseItem));
      else this.dispatch();
    };
    entry.worker.on('error', fail);
    entry.worker.on('exit', () => fail());
    this.workers.push(entry);
  }

  private startIdleTimer(): void {
    this.cancelIdleTimer();
    if (this.workers.length === 0) return;
    this.idleTimer = setTimeout(() => void this.close(), idleMilliseconds);
    this.idleTimer.unref();
  }

  private cancelIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/**
 * The bundles (scripts/build-main.mjs) put `analysis-worker.js` beside each entry point; from
 * source (tsx, vitest) a bootstrap registers the TypeScript loader in the worker first.
 */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./analysis-worker-source.mjs', import.meta.url) : new URL('./analysis-worker.js', import.meta.url);
}
