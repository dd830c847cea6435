/**
 * The export front door: a comparison in one of the three formats, as a file to save (its
 * suggested name, its media type and its text). The library calls it; the formats are pure.
 */
import type { ExportedFile, ExportFormat } from '../../api/contract.js';
import { comparisonToCsv } from './comparison-csv.js';
import { comparisonToHtml } from './comparison-html.js';
import { comparisonToMarkdown } from './comparison-markdown.js';
import type { ExportInput } from './report-model.js';

const writers: Record<ExportFormat, { write: (input: ExportInput) => string; extension: string; mimeType: string }> = {
  html: { write: comparisonToHtml, extension: 'html', mimeType: 'text/html;charset=utf-8' },
  md: { write: comparisonToMarkdown, extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  csv: { write: comparisonToCsv, extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
};

/** `what` names the exported selection in the file name: a story id, or the article ids. */
export function exportComparison(input: ExportInput, format: ExportFormat, what: { story: string } | { ids: readonly number[] }): ExportedFile {
  const writer = writers[format];
  return { fileName: exportFileName(what, input.generatedAt, writer.extension), mimeType: writer.mimeType, content: writer.write(input) };
}

/** `parallax-story-s1-2025-12-04.html`, `parallax-articles-1-2-5-2025-12-04.csv`: safe on every file system. */
export function exportFileName(what: { story: string } | { ids: readonly number[] }, date: Date, extension: string): string {
  const subject = 'story' in what ? `story-${what.story}` : what.ids.length <= 8 ? `articles-${what.ids.join('-')}` : `${what.ids.length}-articles`;
  const safe = subject.replace(/[^A-Za-z0-9_-]+/gu, '_').slice(0, 80);
  return `parallax-${safe}-${date.toISOString().slice(0, 10)}.${extension}`;
}
