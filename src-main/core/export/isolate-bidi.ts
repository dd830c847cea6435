/**
 * Direction isolation for plain-text exports (Markdown tables and headings). A title holding a
 * right-to-left override (U+202E) would otherwise reverse everything after it on the line,
 * including the other sources' cells; wrapped in a first-strong isolate (U+2068 … U+2069) it
 * keeps its own direction and cannot reach past its cell. Isolation also lets a Hebrew cell sit
 * in an English table without reordering its neighbours.
 *
 * The HTML report needs none of this: there every piece of article text is in its own element
 * with a `dir` attribute, which isolates it.
 */

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';
const isolateOpeners = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * `text` between FSI and PDI. Its own isolates are balanced first: a stray PDI would close ours
 * early and is dropped; isolates it leaves open are closed. Embeddings and overrides (U+202A–202E)
 * need nothing: the closing PDI ends every one opened inside it.
 */
export function isolateBidi(text: string): string {
  let open = 0;
  let balanced = '';
  for (const char of text) {
    if (isolateOpeners.has(char)) open++;
    else if (char === popDirectionalIsolate) {
      if (open === 0) continue;
      open--;
    }
    balanced += char;
  }
  return firstStrongIsolate + balanced + popDirectionalIsolate.repeat(open) + popDirectionalIsolate;
}
