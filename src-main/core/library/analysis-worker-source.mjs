// Starts the analysis worker from its TypeScript source (under tsx or vitest, where there is no
// bundle): tsx's loader is registered in this thread first, since a worker does not inherit it.
// The bundled app starts the bundled analysis-worker.js directly and never loads this file.
import { register } from 'tsx/esm/api';

register();
await import('./analysis-worker.ts');
