/**
 * A sentence alignment as the benchmark tools write it: a list of links, each joining zero or more
 * consecutive source sentences to zero or more consecutive target sentences, `[0]:[0,1]` in text
 * (sentence numbers from 0; `[]` for a side with no sentence). The gold files put a space after the
 * comma (`[0]:[0, 1]`); both read the same, here and in the Python tools (`ast.literal_eval`).
 */

export interface SentenceLink {
  /** Source sentence numbers, ascending; empty for a target sentence with no counterpart. */
  source: number[];
  /** Target sentence numbers, ascending; empty for a source sentence with no counterpart. */
  target: number[];
}

/** `[3]:[4,5]`: the link format of Bleualign, Vecalign and Bertalign. */
export function formatLink(link: SentenceLink): string {
  return `[${link.source.join(',')}]:[${link.target.join(',')}]`;
}

export function formatLinks(links: readonly SentenceLink[]): string {
  return links.map((link) => formatLink(link) + '\n').join('');
}

const linePattern = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/u;

function numbers(list: string): number[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(Number);
}

/**
 * Reads links, one per line. Anything after the second bracket (Vecalign appends `:0.156`) is
 * ignored, and so are blank lines; any other line is an error, named by its number.
 */
export function parseLinks(text: string): SentenceLink[] {
  const links: SentenceLink[] = [];
  text.split(/\r?\n/u).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = linePattern.exec(line);
    if (!match) throw new Error(`line ${index + 1} is not a link such as [0]:[0,1]: ${line.slice(0, 80)}`);
    links.push({ source: numbers(match[1]!), target: numbers(match[2]!) });
  });
  return links;
}
