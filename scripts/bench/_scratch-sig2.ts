import { benchCorpus } from './corpus.js';
import { articleSignature } from '../../src-main/core/stories/stories.js';
import { tokenize } from '../../src-main/core/search/tokenizer.js';
import { extractFigures } from '../../src-main/core/figures/extract-figures.js';
const input: any[] = [];
for (const article of benchCorpus({ articles: 2000 })) input.push({ id: input.length + 1, language: article.language, paragraphs: [{ kind: 'title', language: article.language, text: article.title }, ...article.paragraphs.slice(0, 6).map((text: string) => ({ kind: 'body', language: article.language, text }))] });
for (const a of input) articleSignature(a);
const time = (name: string, f: () => void) => { const t = performance.now(); f(); console.log(name, ((performance.now() - t) / input.length * 1000).toFixed(0), 'µs/article'); };
time('signature', () => { for (const a of input) articleSignature(a); });
time('tokenize', () => { for (const a of input) for (const p of a.paragraphs) tokenize(p.text, p.language); });
time('figures (4 paragraphs)', () => { for (const a of input) for (const p of a.paragraphs.slice(0, 4)) if (/\p{Nd}/u.test(p.text)) extractFigures(p.text, p.language); });
const byLang = new Map<string, any[]>(); for (const a of input) byLang.set(a.language, [...(byLang.get(a.language) ?? []), a]);
for (const [l, list] of byLang) { const t = performance.now(); for (const a of list) articleSignature(a); console.log(' ', l, list.length, ((performance.now() - t) / list.length * 1000).toFixed(0), 'µs'); }
