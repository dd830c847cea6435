/**
 * The import pipeline: items are analysed a chunk at a time (on worker threads when there is a
 * pool) while the calling thread writes the results, in the items' order, a batch per transaction.
 * A few chunks are kept in flight so the writer rarely waits and memory stays bounded whatever the
 * number of files. Cancelling stops between batches: what was committed stays, nothing half-written
 * is left, and the rest is counted as cancelled.
 */
import type { ImportItem, ItemAnalysis } from './analyse-article.js';

export interface ImportProgress {
  /** Items settled so far (stored, or skipped with a reason). */
  done: number;
  total: number;
  /** The last item settled ('' before the first). */
  currentSource: string;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Aborting stops the import after the batch being written; the report counts what was left. */
  signal?: AbortSignal;
}

export interface PipelineItem<Origin> {
  item: ImportItem;
  origin: Origin;
}

export interface PipelineSteps<Origin> {
  /** Analyses a chunk of items, results in the same order. */
  analyse: (items: ImportItem[]) => Promise<ItemAnalysis[]>;
  /** Analyses a chunk still waiting for a worker on this thread; false when none waits. */
  analyseQueuedHere?: () => boolean;
  /** Writes a batch in one transaction. */
  write: (batch: Array<{ analysis: ItemAnalysis; origin: Origin }>) => void;
}

/** Items per transaction: a crash loses at most this many, and commits stay rare. */
export const writeBatchSize = 100;
/**
 * Items sent to a worker at once: small enough to share the work evenly and to leave little for
 * the last worker to finish alone, large enough that messages are few. A chunk ends at this many
 * items or this many bytes, whichever comes first (sixteen news articles, or a few long ones).
 */
const chunkItems = 16;
const chunkBytes = 128 * 1024;

function sizeOf(item: ImportItem): number {
  return 'file' in item ? item.file.size : item.input.bytes.byteLength;
}

/** Runs the pipeline; returns how many items were left unread because the import was cancelled. */
export async function runPipeline<Origin>(
  items: ReadonlyArray<PipelineItem<Origin>>,
  steps: PipelineSteps<Origin>,
  options: ImportOptions & { chunksInFlight: number; writeBatch?: number },
): Promise<{ cancelled: number }> {
  const { signal, onProgress } = options;
  const batchSize = options.writeBatch ?? writeBatchSize;
  const total = items.length;
  let done = 0;
  onProgress?.({ done, total, currentSource: '' });

  const inFlight: Array<{ promise: Promise<ItemAnalysis[]>; results: ItemAnalysis[] | null }> = [];
  let sent = 0;
  const send = () => {
    while (sent < total && inFlight.length < options.chunksInFlight && !signal?.aborted) {
      const chunk: ImportItem[] = [];
      let bytes = 0;
      while (sent < total && chunk.length < chunkItems && (chunk.length === 0 || bytes < chunkBytes)) {
        const { item } = items[sent++]!;
        chunk.push(item);
        bytes += sizeOf(item);
      }
      const entry = { promise: steps.analyse(chunk), results: null as ItemAnalysis[] | null };
      void entry.promise.then((results) => (entry.results = results));
      inFlight.push(entry);
    }
  };
  const aborted = signal ? new Promise<null>((resolve) => (signal.aborted ? resolve(null) : signal.addEventListener('abort', () => resolve(null), { once: true }))) : null;

  let ready: ItemAnalysis[] = [];
  const flush = (count: number) => {
    const batch = ready.splice(0, count).map((analysis, i) => ({ analysis, origin: items[done + i]!.origin }));
    steps.write(batch);
    done += batch.length;
    onProgress?.({ done, total, currentSource: items[done - 1]!.item.source });
  };

  send();
  while (inFlight.length > 0) {
    const next = inFlight[0]!;
    // Rather than wait for a worker (still starting, or busy with the chunk due next), this thread
    // analyses a waiting chunk itself, yielding between chunks so that workers' answers and an
    // abort get through.
    while (next.results === null && !signal?.aborted && steps.analyseQueuedHere?.()) await nextTurn();
    inFlight.shift();
    const results = next.results ?? (aborted ? await Promise.race([next.promise, aborted]) : await next.promise);
    if (results === null || signal?.aborted) break;
    ready.push(...results);
    send();
    while (ready.length >= batchSize && !signal?.aborted) {
      flush(batchSize);
      // Between batches the event loop runs, even when everything is analysed on this thread: an
      // abort, a request to the web server or a progress repaint does not wait for the import.
      await nextTurn();
    }
  }
  if (!signal?.aborted && ready.length > 0) flush(ready.length);
  ready = [];
  // Chunks still in flight finish on their own; their results are dropped.
  return { cancelled: total - done };
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
