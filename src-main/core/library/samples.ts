/**
 * The sample library that ships in resources/samples: loaded once, into a library that has never
 * held anything, so a first run opens on a real story.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ImportReport } from '../../api/contract.js';
import type { Library } from './library.js';

const manifestSchema = z.object({
  name: z.string(),
  description: z.string(),
  articles: z.array(z.object({ file: z.string().regex(/^[\w.-]+$/u) })).min(1),
});

export function readSampleManifest(samplesDir: string): z.infer<typeof manifestSchema> {
  return manifestSchema.parse(JSON.parse(readFileSync(join(samplesDir, 'manifest.json'), 'utf8')));
}

export async function loadSamplesOnFirstRun(library: Library, samplesDir: string): Promise<ImportReport | null> {
  if (!library.claimFirstRun()) return null;
  const manifest = readSampleManifest(samplesDir);
  return library.importPaths(manifest.articles.map((article) => join(samplesDir, article.file)));
}
