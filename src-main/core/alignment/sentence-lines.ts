/** The benchmark tools' input: one sentence per line. A final newline does not make an extra sentence. */
export function readSentenceLines(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
