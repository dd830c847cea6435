/**
 * `npm run web`: serves the renderer and the API for a library on disk, and prints the URL.
 *   --port N        (default: a free port)   --library PATH   (default: the desktop app's library)
 */
import { parseArgs } from 'node:util';
import { createHandlers } from '../api/handlers.js';
import { defaultLibraryPath, resolveLibraryPath } from '../core/library/default-location.js';
import { Library } from '../core/library/library.js';
import { loadSamplesOnFirstRun } from '../core/library/samples.js';
import { lockLibrary } from '../core/library/instance-lock.js';
import { appPaths } from './app-paths.js';
import { startWebServer } from './web-server.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, library: { type: 'string' } } });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, not ${values.port}`);
  const libraryPath = resolveLibraryPath(values.library ?? defaultLibraryPath());
  const lock = lockLibrary(libraryPath, 'the Parallax web harness');
  process.on('exit', () => lock.release());
  const library = Library.open(libraryPath, { responsive: true });
  const seeded = await loadSamplesOnFirstRun(library, appPaths.samplesDir);
  if (seeded) console.log(`Loaded ${seeded.imported.length} sample articles into the new library.`);
  const server = await startWebServer({ handlers: createHandlers(library), rendererDir: appPaths.rendererDir, port });
  console.log(`Parallax is running at ${server.url}  (library: ${libraryPath})`);
  const stop = () => {
    void server.close().finally(() => {
      library.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`parallax web: ${(error as Error).message}`);
  process.exit(1);
});
