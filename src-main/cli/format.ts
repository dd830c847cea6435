/** Human-readable output of the CLI; `--json` bypasses all of this. */
import type { ArticleAlignment, ArticleDetail, ArticleSummary, FiguresReport, ImportReport, SearchResult, TranslationsResult } from '../api/contract.js';

export function formatImport(report: ImportReport): string {
  const lines = report.imported.map((a) => `  #${a.id}  [${a.language}]  ${a.title}  (${a.paragraphs} paragraphs, from ${a.source})`);
  return [`Imported ${report.imported.length}, skipped ${report.skipped.length}.`, ...lines].join('\n');
}

export function formatList(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return 'The library is empty. Add articles with: parallax import PATH...';
  return articles
    .map((a) => `#${a.id}\t[${a.language}]\t${a.outlet ?? '—'}\t${a.published ?? '—'}\t${a.words} words\t${a.title}`)
    .join('\n');
}

export function formatArticle(article: ArticleDetail): string {
  const header = [`#${article.id}  ${article.title}`, `${article.outlet ?? 'unknown outlet'} · ${article.language} · ${article.published ?? 'date unknown'} · ${article.source}`];
  const body = article.paragraphs.map((p) => `[${p.index} ${p.kind}${p.language !== article.language ? ` ${p.language}` : ''}] ${p.text}`);
  return [...header, '', ...body].join('\n');
}

export function formatSearch(result: SearchResult): string {
  if (result.total === 0) return `No results for "${result.query}" (${result.tookMs} ms).`;
  const hits = result.hits.map((hit) => {
    let snippet = '';
    let at = 0;
    for (const range of hit.snippetMatches) {
      snippet += hit.snippet.slice(at, range.start) + '[' + hit.snippet.slice(range.start, range.end) + ']';
      at = range.end;
    }
    snippet += hit.snippet.slice(at);
    return `#${hit.id}  [${hit.language}]  ${hit.title}\n    ${snippet}`;
  });
  return [`${result.total} articles match "${result.query}" (${result.tookMs} ms)`, ...hits].join('\n');
}

export function formatFigures(report: FiguresReport): string {
  if (report.figures.length === 0) return 'No figures in these articles.';
  const value = (v: FiguresReport['figures'][number]['value']) =>
    v === null ? '' : typeof v === 'number' ? String(v) : `${v.min ?? ''}…${v.max ?? ''}`;
  const lines = report.figures.map((f) => `#${f.article} ¶${f.paragraph}\t${f.kind}\t${f.text}\t= ${value(f.value)}${f.unit ? ` ${f.unit}` : ''}${f.group ? `\t[${f.group}]` : ''}`);
  const disagreements = report.discrepancies.map((d) => `possible discrepancy: #${d.a.article} ¶${d.a.paragraph} vs #${d.b.article} ¶${d.b.paragraph}: ${d.reason}`);
  return [...lines, ...disagreements].join('\n');
}

export function formatAlignment(alignment: ArticleAlignment, original: ArticleDetail, translation: ArticleDetail): string {
  const text = (article: ArticleDetail, refs: ReadonlyArray<{ paragraph: number; start: number; end: number }>) =>
    refs.map((r) => article.paragraphs[r.paragraph]!.text.slice(r.start, r.end)).join(' ') || '—';
  const findingsOf = new Map<number, string[]>();
  for (const f of alignment.findings) findingsOf.set(f.link, [...(findingsOf.get(f.link) ?? []), `    ! ${f.kind}: ${f.detail}`]);
  const { summary } = alignment;
  const header = `#${original.id} [${original.language}] ⇄ #${translation.id} [${translation.language}]: ${summary.sourceSentences} and ${summary.targetSentences} sentences, ${alignment.links.length} links, ${alignment.findings.length} findings`;
  const lines = alignment.links.map((link, k) => [`${k}. ${text(original, link.source)}`, `   ${text(translation, link.target)}`, ...(findingsOf.get(k) ?? [])].join('\n'));
  return [header, '', ...lines].join('\n');
}

export function formatTranslations(result: TranslationsResult): string {
  const pairs = result.pairs.map((p) => `#${p.translation} is a translation of #${p.original}`);
  const proposals = result.proposals.map((p) => `proposed: #${p.translation} may be a translation of #${p.original} (${Math.round(p.score * 100)}%: ${p.reason})`);
  return [...pairs, ...proposals].join('\n') || 'No translations, and none proposed.';
}
