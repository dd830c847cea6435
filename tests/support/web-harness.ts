/**
 * Starts the web harness exactly as `npm run web` does (dist/web/server.js) on a library of its
 * own, and resolves once it prints its address. Shared by the end-to-end fixtures and the
 * comparison-view benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export async function startWebHarness(libraryPath: string, timeoutMs = 20_000): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'dist/web/server.js'), '--library', libraryPath, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web harness did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web harness exited with ${code}:\n${output}`));
    });
  });
  return { url, child };
}
