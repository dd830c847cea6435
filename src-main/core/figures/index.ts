/**
 * Figures: recognises every figure in a paragraph (money, counts, percentages, multipliers,
 * durations, dates, years, ranges, and names that contain digits), normalises it, and links the
 * same quantity across articles and languages. Pure functions; no I/O.
 */
export { extractFigures, type ExtractOptions } from './extract-figures.js';
export { extractNumbers, normalizeLanguage } from './extract-numbers.js';
export { figuresMatch, linkFigures, nameKey, sameQuantity, type FigureGroup, type FigureRelation, type LinkItem, type LinkOptions, type LinkResult } from './link-figures.js';
export type { Figure, FigureKind, FigureValue, Interval, NumberMatch } from './types.js';
