/**
 * The HTML report's tables and lists after the grid: figures, coverage heat map, what each source
 * leaves out, disagreements. Same rules as the grid: every string from an article is escaped and
 * carries its language and direction; links go only to anchors the grid placed.
 */
import type { ArticleFigure } from '../../api/contract.js';
import { escapeHtml as esc } from './escape-html.js';
import { excerpt } from './excerpt.js';
import { describeFigure, figureKindNames, formatFigureValue } from './figure-value.js';
import { figureAnchor, type ReportFigureRow, type ReportModel, type ReportSource } from './report-model.js';

/** The class shared by a group's row and its marks, for the style sheet's group highlighting. */
export const groupClass = (row: ReportFigureRow): string => row.anchor.replace(/^figures-/u, '');

export function figuresSection(model: ReportModel, placed: ReadonlySet<string>): string {
  const head = `<tr><th scope="col">Kind</th><th scope="col">Value</th>${model.sources.map((s) => `<th scope="col" lang="${esc(s.language)}" dir="${s.direction}"><bdi>${esc(s.label)}</bdi></th>`).join('')}</tr>`;
  const row = (r: ReportFigureRow) => {
    const cells = model.sources
      .map((source, i) => {
        const list = r.perSource[i] ?? [];
        if (list.length === 0) return '<td class="absent">not stated</td>';
        return `<td lang="${esc(source.language)}" dir="${source.direction}">${list.map((f) => figureLink(f, placed)).join('')}</td>`;
      })
      .join('');
    const classes = [r.group ? groupClass(r) : '', model.disagreements.some((d) => d.figures.some((f) => f.figure && r.perSource.flat().includes(f.figure))) ? 'disputed' : ''].filter(Boolean).join(' ');
    return `<tr id="${r.anchor}"${classes ? ` class="${classes}"` : ''}><th scope="row"><span class="chip kind-${esc(r.kind)}">${esc(figureKindNames[r.kind] ?? r.kind)}</span></th><td class="value">${esc(formatFigureValue(r) || '—')}</td>${cells}</tr>`;
  };
  const shared = model.figureRows.filter((r) => r.group !== null);
  const alone = model.figureRows.filter((r) => r.group === null);
  const columns = model.sources.length + 2;
  const subhead = (text: string) => `<tr class="subhead"><th colspan="${columns}" scope="rowgroup">${text}</th></tr>`;
  const body = model.figureRows.length
    ? `<tbody>${subhead('Stated more than once')}${shared.map(row).join('') || `<tr><td colspan="${columns}" class="absent">No figure is stated twice.</td></tr>`}</tbody>
<tbody>${subhead('Stated once')}${alone.map(row).join('') || `<tr><td colspan="${columns}" class="absent">None.</td></tr>`}</tbody>`
    : `<tbody><tr><td colspan="${columns}" class="absent">No figures in these articles.</td></tr></tbody>`;
  return `<section id="figures"><h2>Figures</h2>
<p class="note">One row per quantity: figures that state the same quantity, in any language or wording, share a row. Select a figure to find it in its source.</p>
<table class="figures"><thead>${head}</thead>
${body}
</table></section>`;
}

function figureLink(figure: ArticleFigure, placed: ReadonlySet<string>): string {
  const anchor = figureAnchor(figure);
  const text = esc(figure.text);
  const where = `¶${figure.paragraph}`;
  return placed.has(anchor) ? `<a href="#${anchor}" title="${where}">${text}</a>` : `<span title="${where}">${text}</span>`;
}

export function coverageSection(model: ReportModel): string {
  const head = `<tr><th scope="col">Theme</th>${model.sources.map((s) => `<th scope="col" lang="${esc(s.language)}" dir="${s.direction}"><bdi>${esc(s.label)}</bdi></th>`).join('')}</tr>`;
  const rows = model.themes.map((theme) => {
    const cells = theme.cells
      .map((cell) => {
        const shade = cell.paragraphs.length === 0 ? 0 : Math.max(1, Math.min(10, Math.ceil(cell.share * 10)));
        return `<td class="heat-${shade}">${shade === 0 ? '—' : `${Math.round(cell.share * 100)}%`}</td>`;
      })
      .join('');
    return `<tr><th scope="row"><a href="#${theme.anchor}"><bdi>${esc(theme.label)}</bdi></a></th>${cells}</tr>`;
  });
  const onlyOne = model.themes.filter((t) => t.onlyOneSource);
  return `<section id="coverage"><h2>Coverage</h2>
<p class="note">The share of each source's body text on each theme; darker is more. A dash: the source does not cover the theme.</p>
<table class="heat"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>
<p>${onlyOne.length ? `Covered by one source only: ${onlyOne.map((t) => `<a href="#${t.anchor}"><bdi>${esc(t.label)}</bdi></a>`).join(', ')}.` : 'Every theme is covered by more than one source.'}</p>
</section>`;
}

export function leftOutSection(model: ReportModel): string {
  const items = model.sources.map((source, i) => {
    const { themes, figureRows } = model.leftOut[i] ?? { themes: [], figureRows: [] };
    const themeText = themes.length ? `themes ${themes.map((t) => `<a href="#${t.anchor}"><bdi>${esc(t.label)}</bdi></a>`).join(', ')}` : 'no theme';
    const figureText = figureRows.length
      ? `figures other sources state: ${figureRows.map((r) => `<a href="#${r.anchor}">${esc(describeFigure(r))} (${esc(r.perSource.flat()[0]?.text ?? '')})</a>`).join(', ')}`
      : 'no figure two other sources state';
    return `<li><b lang="${esc(source.language)}" dir="${source.direction}">${esc(excerptTitle(source))}</b> <span class="meta">#${source.id}</span> leaves out ${themeText}; ${figureText}.</li>`;
  });
  return `<section id="left-out"><h2>What each source leaves out</h2><ul class="left-out">${items.join('')}</ul></section>`;
}

export function disagreementsSection(model: ReportModel, placed: ReadonlySet<string>): string {
  if (model.disagreements.length === 0) return `<section id="disagreements"><h2>Disagreements</h2><p>No figures disagree within a theme.</p></section>`;
  const items = model.disagreements.map((d) => {
    const figures = d.figures.map((f) => {
      const source = model.sources.find((s) => s.id === f.article);
      const text = f.figure ? figureLink(f.figure, placed) : esc(f.text);
      return `<span lang="${esc(source?.language ?? 'und')}" dir="${source?.direction ?? 'auto'}">${text}</span> <span class="meta">(#${f.article} ¶${f.paragraph})</span>`;
    });
    const theme = d.theme ? `<a href="#${d.theme.anchor}"><bdi>${esc(d.theme.label)}</bdi></a>: ` : '';
    return `<li>${theme}${esc(d.reason)}<br>${figures.join(' · ')}</li>`;
  });
  return `<section id="disagreements"><h2>Disagreements</h2><ul class="disagreements">${items.join('')}</ul></section>`;
}

const excerptTitle = (source: ReportSource): string => excerpt(source.title || source.source, 90);
