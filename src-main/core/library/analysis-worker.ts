/**
 * A worker thread of the analysis pool (analysis-pool.ts): it says when its modules are loaded,
 * then reads and analyses the items it is sent and posts the results back in the same order. It
 * never touches the database.
 */
import { parentPort } from 'node:worker_threads';
import { analyseItem, type ImportItem, type ItemAnalysis } from './analyse-article.js';

export interface AnalysisRequest {
  id: number;
  items: ImportItem[];
}

export type AnalysisReply = { ready: true } | { id: number; results: ItemAnalysis[] };

if (!parentPort) throw new Error('analysis-worker.ts runs as a worker thread, started by analysis-pool.ts');
const port = parentPort;
port.on('message', ({ id, items }: AnalysisRequest) => {
  port.postMessage({ id, results: items.map(analyseItem) } satisfies AnalysisReply);
});
port.postMessage({ ready: true } satisfies AnalysisReply);
