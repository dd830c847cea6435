import { existsSync } from 'node:fs';
import { Library } from '../../src-main/core/library/library.js';
import { benchCorpus, toMarkdown } from './corpus.js';
const path = '/tmp/st/lib2000.sqlite';
const fresh = !existsSync(path);
const library = Library.open(path);
if (fresh) {
  const enc = new TextEncoder(); let inputs: any[] = [];
  for (const a of benchCorpus({ articles: 2000 })) { inputs.push({ source: a.source, bytes: enc.encode(toMarkdown(a)) }); if (inputs.length === 500) { library.importBuffers(inputs); inputs = []; } }
  library.importBuffers(inputs);
  let t = performance.now(); library.stories(); console.log('first', (performance.now() - t).toFixed(0));
}
library.importText(`Note ${Date.now()}\n\nA short note written at ${new Date().toISOString()} about nothing in particular.`);
const t = performance.now(); const s = library.stories(); console.log('regroup ms', (performance.now() - t).toFixed(0), 'stories', s.length);
const t2 = performance.now(); library.stories(); console.log('stored ms', (performance.now() - t2).toFixed(1));
library.close();
