/**
 * The HTML report's style sheet: inline (the report is one file), with system fonts only (its
 * policy forbids loading any), named so that Hebrew, Arabic and Chinese find a face on Windows,
 * macOS and Linux alike.
 */
import type { FigureKindName } from '../../api/contract.js';

/**
 * Background and underline per figure kind; the legend and the marks use the same pair. The marks'
 * and chips' own rules set the underline's width and style only, never a `border-bottom` shorthand,
 * which would reset this colour.
 */
const kindColours: Record<FigureKindName, [string, string]> = {
  money: ['#dcf3dc', '#2e7d32'],
  count: ['#dbeafe', '#1d4ed8'],
  percent: ['#ede9fe', '#6d28d9'],
  ratio: ['#ffedd5', '#c2410c'],
  duration: ['#ccfbf1', '#0f766e'],
  date: ['#fef3c7', '#a16207'],
  year: ['#fef3c7', '#a16207'],
  range: ['#e5e7eb', '#4b5563'],
  name: ['#fce7f3', '#be185d'],
};

/** Ten shades for the coverage heat map, light to dark; white text from the sixth on. */
const heat = ['#eff6fc', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08408a', '#08306b'];

const sans = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Hebrew", "Noto Sans Arabic", "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Arial Hebrew", Arial, sans-serif`;
const serif = `"Noto Serif", "Noto Serif Hebrew", "Noto Naskh Arabic", "Noto Serif SC", "Noto Serif CJK SC", "Songti SC", SimSun, "Times New Roman", Georgia, serif`;
// Chinese and Japanese text picks a CJK face first: a Latin face's own punctuation and digits look wrong beside Han characters.
const cjk = `"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", sans-serif`;
const hebrew = `"Noto Serif Hebrew", "Noto Sans Hebrew", "Arial Hebrew", "David", "Times New Roman", serif`;
const arabic = `"Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Traditional Arabic", "Segoe UI", serif`;

const baseStyle = `
:root { color-scheme: light; --ink: #1c1d21; --muted: #5d6270; --line: #d9dce3; --paper: #fff; --band: #f4f5f8; --accent: #b4231a; }
* { box-sizing: border-box; }
html { font-family: ${sans}; color: var(--ink); background: var(--paper); line-height: 1.5; }
body { margin: 0; padding: 2rem 2.5rem 4rem; }
h1, h2 { line-height: 1.2; }
h1 { font-size: 1.8rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .6rem; padding-top: .5rem; border-top: 2px solid var(--ink); }
a { color: inherit; }
.kicker { margin: 0; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.meta, .note { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
nav.contents { margin: .8rem 0 0; font-size: .95rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
nav.contents a { text-decoration-color: var(--line); text-underline-offset: .2em; }
section { scroll-margin-top: 1rem; }
.band { scroll-margin-top: 9rem; }
table { border-collapse: collapse; }
th, td { vertical-align: top; text-align: start; }
.sources li { margin: .2rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .6rem 0 1rem; padding: 0; list-style: none; font-size: .85rem; }

/* The comparison grid: one column per source, one band per theme. */
.grid { width: 100%; table-layout: fixed; min-width: calc(var(--columns) * 14rem); }
.grid thead th { position: sticky; top: 0; z-index: 2; background: var(--paper); border-bottom: 2px solid var(--ink); padding: .6rem .7rem .5rem; font-weight: normal; }
.source-no { font-weight: 700; color: var(--muted); }
.source-title { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; font-weight: 700; font-size: .98rem; line-height: 1.3; }
.source-meta { display: block; font-size: .78rem; color: var(--muted); margin-top: .2rem; }
.band-label th { background: var(--band); border-top: 1px solid var(--line); padding: .45rem .7rem; text-align: left; font-weight: normal; }
.theme-label { font-weight: 700; font-size: 1.02rem; margin-inline-end: .8rem; }
.badge { display: inline-block; font-size: .75rem; padding: .05rem .45rem; margin-inline-end: .3rem; border-radius: 999px; border: 1px solid var(--line); color: var(--muted); background: var(--paper); white-space: nowrap; }
.badge.alert { color: var(--accent); border-color: var(--accent); font-weight: 700; }
.band-alert td { padding: .35rem .7rem; color: var(--accent); font-size: .88rem; border-bottom: 1px dashed var(--accent); }
.band-alert a { color: var(--accent); }
.cell { padding: .6rem .7rem 1rem; }
/* Physical, not logical: a right-to-left cell's inline end is its left side, which would double one rule and drop another. */
.cell + .cell { border-left: 1px solid var(--line); }
.cell p { margin: 0 0 .7rem; font-family: ${serif}; font-size: 1rem; }
.cell p:last-child { margin-bottom: 0; }
.cell p.para-title, .cell p.para-heading { font-family: ${sans}; font-weight: 700; }
.para-no { font-family: ${sans}; font-size: .7rem; color: var(--muted); margin-inline-end: .35rem; user-select: none; }
.absent { color: var(--muted); font-style: italic; font-size: .85rem; background: repeating-linear-gradient(135deg, transparent 0 6px, #f1f2f5 6px 12px); }
.outside .band-label th { background: #fafafa; color: var(--muted); }
:lang(zh), :lang(ja) { font-family: ${cjk}; }
.cell p:lang(he), .cell p:lang(yi) { font-family: ${hebrew}; }
.cell p:lang(ar), .cell p:lang(fa), .cell p:lang(ur) { font-family: ${arabic}; font-size: 1.08rem; }

/* Figures: marked by kind, linked to their row in the figures table and back. */
mark.fig { color: inherit; border-radius: 3px; padding: 0 .12em; box-decoration-break: clone; -webkit-box-decoration-break: clone; border-bottom-width: 2px; border-bottom-style: solid; scroll-margin: 10rem 1rem 4rem; }
mark.fig a { text-decoration: none; }
mark.fig.disputed { outline: 2px dashed var(--accent); outline-offset: 1px; }
mark.fig:target, .figures tr:target > * { outline: 3px solid var(--ink); outline-offset: 1px; }
.figures tr:target > * { background: #fff7c2; }
.chip { display: inline-block; padding: 0 .45rem; border-radius: 3px; border-bottom-width: 2px; border-bottom-style: solid; white-space: nowrap; }
.figures { margin-top: .4rem; font-size: .9rem; }
.figures th, .figures td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); }
.figures thead th { border-bottom: 2px solid var(--ink); font-size: .82rem; }
.figures tbody th { font-weight: normal; }
.figures td.value { white-space: nowrap; font-variant-numeric: tabular-nums; }
.figures td a { display: inline-block; margin-inline-end: .5rem; }
.figures .subhead th { padding-top: 1.2rem; font-weight: 700; border-bottom: 2px solid var(--ink); }
.figures tr { scroll-margin-top: 2rem; }

/* Coverage heat map. */
.heat { font-size: .9rem; }
.heat th, .heat td { padding: .35rem .6rem; border: 1px solid #fff; }
.heat thead th { font-size: .82rem; vertical-align: bottom; max-width: 12rem; }
.heat td { text-align: center; min-width: 5rem; font-variant-numeric: tabular-nums; }
.heat td.heat-0 { color: var(--muted); background: repeating-linear-gradient(135deg, transparent 0 6px, #f1f2f5 6px 12px); }
.left-out li, .disagreements li { margin: .5rem 0; }
footer { margin-top: 3rem; padding-top: .8rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }

@media print {
  body { padding: 0; }
  .grid { min-width: 0; }
  .grid thead th { position: static; }
  .band { break-inside: avoid-page; }
}
`;

/**
 * The style sheet, with one rule per group of figures: when a figure of the group is the link
 * target (or the group's row in the figures table is), every figure of the group is outlined,
 * in every column. CSS `:has` does what a script would otherwise do.
 */
export function reportStyle(groupClasses: readonly string[]): string {
  const kinds = Object.entries(kindColours)
    .map(([kind, [background, line]]) => `.kind-${kind} { background: ${background}; border-bottom-color: ${line}; }`)
    .join('\n');
  const shades = heat.map((colour, i) => `.heat td.heat-${i + 1} { background: ${colour};${i >= 5 ? ' color: #fff;' : ''} }`).join('\n');
  const groups = groupClasses
    .map((c) => `:root:has(#figures-${c}:target, mark.${c}:target) mark.${c} { outline: 3px solid var(--ink); outline-offset: 1px; }`)
    .join('\n');
  return `${baseStyle}${kinds}\n${shades}\n${groups}\n`;
}
