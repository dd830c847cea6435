/** Human-readable output of the CLI; `--json` bypasses all of this. */
import type { AlignedSpan, AlignmentResult, ArticleDetail, ArticleSummary, FiguresReport, ImportReport, SearchResult, StoryEditResult, StorySummary, TranslationsResult } from '../api/contract.js';

export function formatImport(report: ImportReport): string {
  const lines = report.imported.map((a) => `  #${a.id}  [${a.language}]  ${a.title}  (${a.paragraphs} paragraphs, from ${a.source})`);
  const cancelled = report.cancelled ? `, cancelled ${report.cancelled} (not read)` : '';
  return [`Imported ${report.imported.length}, skipped ${report.skipped.length}${cancelled}.`, ...lines].join('\n');
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

export function formatStories(stories: readonly StorySummary[]): string {
  if (stories.length === 0) return 'No stories yet.';
  return stories
    .map((s) => `${s.id}\t${s.articleIds.length} article${s.articleIds.length === 1 ? '' : 's'}\t${s.label}${s.edited ? ' (edited)' : ''}\t(${s.articleIds.join(', ')})`)
    .join('\n');
}

export function formatStoryEdit(action: string, result: StoryEditResult): string {
  const { story } = result;
  const done =
    action === 'rename'
      ? `Story ${story.id} is now named "${story.label}".`
      : action === 'merge'
        ? `Merged into story ${story.id}: ${story.articleIds.length} articles.`
        : action === 'split'
          ? `New story ${story.id} with articles ${story.articleIds.join(', ')}.`
          : `Story ${story.id} now holds articles ${story.articleIds.join(', ')}.`;
  return `${done}\n\n${formatStories(result.stories)}`;
}

/** One line per link: both sides' sentences, then the findings. */
export function formatAlignment(result: AlignmentResult, original: ArticleDetail, translation: ArticleDetail): string {
  const text = (article: ArticleDetail, spans: readonly AlignedSpan[]) => spans.map((s) => article.paragraphs[s.paragraph]?.text.slice(s.start, s.end) ?? '').join(' ') || '—';
  const lines = result.links.map((link) => `${text(original, link.source)}\t⇄\t${text(translation, link.target)}`);
  const findings = result.findings.map((f) => `  ${f.kind}: ${f.detail}`);
  return [...lines, '', findings.length ? `Fidelity (${findings.length}):` : 'Fidelity: every figure and name was found.', ...findings].join('\n');
}

export function formatTranslations(result: TranslationsResult): string {
  const pairs = result.pairs.map((p) => `#${p.translation} is a translation of #${p.original}`);
  const proposals = result.proposals.map((p) => `#${p.translation} may be a translation of #${p.original} (score ${p.score}); pair with: parallax translation ${p.original} ${p.translation}`);
  return [...pairs, ...proposals].join('\n') || 'No translations, and none proposed.';
}
