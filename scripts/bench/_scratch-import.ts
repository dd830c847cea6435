import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../src-main/core/library/library.js';
import { benchCorpus } from './corpus.js';
const n = Number(process.argv[2] ?? 1500);
const dir = mkdtempSync(join(tmpdir(), 'pbench-'));
const library = Library.open(join(dir, 'l.sqlite'));
const enc = new TextEncoder();
const all = [...benchCorpus({ articles: n })].map((a) => ({ source: a.source, bytes: enc.encode(`# ${a.title}\n\n${a.paragraphs.join('\n\n')}`) }));
// warm-up
library.importBuffers(all.slice(0, 200));
const t = performance.now();
for (let i = 200; i < all.length; i += 500) library.importBuffers(all.slice(i, i + 500));
console.log(process.env.NOSIG ? 'without signatures' : 'with signatures', ((performance.now() - t) / (all.length - 200)).toFixed(2), 'ms/article');
library.close(); rmSync(dir, { recursive: true, force: true });
