/** A real library on disk in a temporary folder, removed after the test. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../src-main/core/library/library.js';

export const samplesDir = join(import.meta.dirname, '..', '..', 'resources', 'samples');
export const repoRoot = join(import.meta.dirname, '..', '..');
/** The sample articles themselves (the folder also holds their README and manifest). */
export const sampleFiles: string[] = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(samplesDir, name));

export interface TempLibrary {
  dir: string;
  path: string;
  library: Library;
  dispose(): void;
}

export function createTempLibrary(): TempLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-'));
  const path = join(dir, 'library.sqlite');
  const library = Library.open(path);
  return {
    dir,
    path,
    library,
    dispose() {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
