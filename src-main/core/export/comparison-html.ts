/**
 * The comparison as one self-contained HTML document, readable offline in any browser: no
 * scripts, no requests (its Content-Security-Policy forbids both), inline CSS, system fonts.
 * Themes are bands of a grid with one column per source; every figure is a `<mark>` by kind that
 * links to its row in the figures table, whose cells link back to each source's figure. Those
 * links and CSS `:target` / `:has` highlight a figure's group without any script.
 *
 * Every string from an article goes through `escapeHtml`; article text sits in elements carrying
 * its `lang` and `dir`, which also isolates any direction override it holds.
 */
import { createHash } from 'node:crypto';
import type { Paragraph } from '../../api/contract.js';
import { languageName } from '../text/language-name.js';
import { textDirection } from '../text/direction.js';
import { escapeHtml as esc } from './escape-html.js';
import { counted } from './counted.js';
import { describeFigure, figureKindNames } from './figure-value.js';
import { buildReportModel, figureAnchor, figuresInParagraph, type ExportInput, type ReportFigureRow, type ReportModel, type ReportSource, type ReportTheme } from './report-model.js';
import { coverageSection, disagreementsSection, figuresSection, groupClass, leftOutSection } from './report-sections-html.js';
import { reportStyle } from './report-style.js';

export function comparisonToHtml(input: ExportInput): string {
  const model = buildReportModel(input);
  const figures = input.comparison.figures;
  // Where each figure's row is, and which group class its marks carry.
  const rowOf = new Map<string, ReportFigureRow>();
  for (const row of model.figureRows) for (const list of row.perSource) for (const f of list) rowOf.set(figureAnchor(f), row);
  const disputed = new Set(model.disagreements.flatMap((d) => d.figures.flatMap((f) => (f.figure ? [figureAnchor(f.figure)] : []))));
  // Figures placed in the text, so the tables link only to anchors that exist.
  const placed = new Set<string>();

  const paragraphHtml = (source: ReportSource, paragraph: Paragraph): string => {
    let html = '';
    let at = 0;
    for (const figure of figuresInParagraph(figures, source.id, paragraph)) {
      const anchor = figureAnchor(figure);
      const row = rowOf.get(anchor);
      const classes = ['fig', `kind-${esc(figure.kind)}`, row?.group ? groupClass(row) : '', disputed.has(anchor) ? 'disputed' : ''].filter(Boolean).join(' ');
      const text = esc(paragraph.text.slice(figure.start, figure.end));
      html += esc(paragraph.text.slice(at, figure.start));
      html += `<mark class="${classes}" id="${anchor}" title="${esc(describeFigure(figure))}">${row ? `<a href="#${row.anchor}">${text}</a>` : text}</mark>`;
      placed.add(anchor);
      at = figure.end;
    }
    html += esc(paragraph.text.slice(at));
    return `<p class="para-${esc(paragraph.kind)}" lang="${esc(paragraph.language)}" dir="${textDirection(paragraph.language)}"><span class="para-no" aria-hidden="true">¶${Number(paragraph.index)}</span>${html}</p>`;
  };

  const columnAttrs = (source: ReportSource) => `lang="${esc(source.language)}" dir="${source.direction}"`;
  const cellsHtml = (cells: ReadonlyArray<{ paragraphs: readonly Paragraph[] }>, absent: string) =>
    model.sources
      .map((source, i) => {
        const paragraphs = cells[i]?.paragraphs ?? [];
        return paragraphs.length === 0
          ? `<td class="cell absent">${absent}</td>`
          : `<td class="cell" ${columnAttrs(source)}>${paragraphs.map((p) => paragraphHtml(source, p)).join('')}</td>`;
      })
      .join('');

  const bands = model.themes.map((theme) => themeBand(model, theme, cellsHtml(theme.cells, 'not covered'))).join('\n');
  const outsideCount = model.outsideThemes.filter((list) => list.length > 0).length;
  const outside = outsideCount
    ? `<tbody class="band outside" id="outside-themes"><tr class="band-label"><th colspan="${model.sources.length}" scope="rowgroup"><span class="theme-label">Outside any theme</span><span class="badge">titles, headings and paragraphs no theme holds</span></th></tr><tr>${cellsHtml(
        model.outsideThemes.map((paragraphs) => ({ paragraphs })),
        'nothing else',
      )}</tr></tbody>`
    : '';

  const grid = `<table class="grid">
<thead><tr>${model.sources.map((s) => `<th scope="col" ${columnAttrs(s)}>${sourceHeading(s)}</th>`).join('')}</tr></thead>
${bands}
${outside}
</table>`;

  const body = [
    header(model),
    sourcesSection(model),
    `<section id="themes"><h2>Themes</h2>
<p class="note">One band per theme, one column per source. Figures are marked by kind; select one to see its row in the figures table, and from there the same quantity in every source.</p>
${legend()}
${grid}
</section>`,
    figuresSection(model, placed),
    coverageSection(model),
    leftOutSection(model),
    disagreementsSection(model, placed),
    `<footer>Made by Parallax on ${esc(formatDate(model.generatedAt))} from ${counted(model.sources.length, 'article')}. This page runs no scripts and loads nothing: it reads the same offline.</footer>`,
  ].join('\n');

  const groupClasses = model.figureRows.filter((r) => r.group !== null).map(groupClass);
  // The grid's minimum width depends on how many sources there are: a custom property, set in the sheet.
  const style = `${reportStyle(groupClasses)}.grid { --columns: ${model.sources.length}; }\n`;
  const styleHash = createHash('sha256').update(style, 'utf8').digest('base64');
  // A hash rather than 'unsafe-inline': only this exact sheet applies; no script, font, image or request at all.
  const policy = `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Parallax">
<title>${esc(withoutDirectionControls(model.title))} · Parallax</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function header(model: ReportModel): string {
  const languages = [...new Set(model.sources.map((s) => s.language))].map(languageName);
  const links = [
    ['sources', 'Sources'],
    ['themes', `Themes (${model.themes.length})`],
    ['figures', `Figures (${model.figureRows.length})`],
    ['coverage', 'Coverage'],
    ['left-out', 'What each source leaves out'],
    ['disagreements', `Disagreements (${model.disagreements.length})`],
  ];
  return `<header>
<p class="kicker">Parallax · comparison report</p>
<h1><bdi>${esc(model.title)}</bdi></h1>
<p class="meta">${counted(model.sources.length, 'article')} in ${counted(languages.length, 'language')} (${esc(languages.join(', '))}) · ${counted(model.themes.length, 'theme')} · made ${esc(formatDate(model.generatedAt))}</p>
<nav class="contents">${links.map(([id, text]) => `<a href="#${id}">${text}</a>`).join('')}</nav>
</header>`;
}

function sourceHeading(source: ReportSource): string {
  const meta = [languageName(source.language), source.outlet, source.published, source.source].filter((x): x is string => !!x);
  return `<span class="source-no">#${source.id}</span> <span class="source-title">${esc(source.title)}</span><span class="source-meta">${meta.map((m) => `<bdi>${esc(m)}</bdi>`).join(' · ')}</span>`;
}

function sourcesSection(model: ReportModel): string {
  const items = model.sources.map((s) => {
    const meta = [languageName(s.language), s.outlet ?? 'outlet unknown', s.published ?? 'date unknown', s.source];
    return `<li><b lang="${esc(s.language)}" dir="${s.direction}">${esc(s.title)}</b> <span class="meta">#${s.id} · ${meta.map((m) => `<bdi>${esc(m)}</bdi>`).join(' · ')}</span></li>`;
  });
  return `<section id="sources"><h2>Sources</h2><ol class="sources">${items.join('')}</ol></section>`;
}

function themeBand(model: ReportModel, theme: ReportTheme, cells: string): string {
  const covering = theme.cells.filter((c) => c.paragraphs.length > 0).length;
  const disagreements = model.disagreements.filter((d) => d.theme === theme);
  const badges = [
    `<span class="badge">covered by ${covering} of ${model.sources.length}</span>`,
    theme.onlyOneSource ? '<span class="badge alert">only one source</span>' : '',
    disagreements.length ? '<span class="badge alert">figures disagree</span>' : '',
  ].join('');
  const alert = disagreements.length
    ? `<tr class="band-alert"><td colspan="${model.sources.length}">${disagreements.map((d) => `⚠ ${esc(d.reason)}`).join('<br>')} (<a href="#disagreements">details</a>)</td></tr>`
    : '';
  return `<tbody class="band" id="${theme.anchor}"><tr class="band-label"><th colspan="${model.sources.length}" scope="rowgroup"><span class="theme-label"><bdi>${esc(theme.label)}</bdi></span>${badges}</th></tr>${alert}<tr>${cells}</tr></tbody>`;
}

function legend(): string {
  const kinds = Object.entries(figureKindNames).filter(([kind]) => kind !== 'year');
  return `<ul class="legend" aria-label="Figure kinds">${kinds.map(([kind, name]) => `<li class="chip kind-${kind}">${name}${kind === 'date' ? ', year' : ''}</li>`).join('')}</ul>`;
}

/** `2025-12-04 09:30 UTC`: the same in every time zone, so the same export is the same file. */
function formatDate(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A window or tab title cannot isolate an override, so the document title drops direction controls. */
function withoutDirectionControls(text: string): string {
  return text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '');
}
