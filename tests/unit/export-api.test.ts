/** `exportComparison` through the one contract: validated arguments, a file to save, errors as values. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchApiCall } from '../../src-main/api/dispatch.js';
import { createHandlers } from '../../src-main/api/handlers.js';
import { createTempLibrary, sampleFiles, type TempLibrary } from '../support/temp-library.js';

let temp: TempLibrary;
let call: (args: unknown) => ReturnType<typeof dispatchApiCall>;
beforeAll(async () => {
  temp = createTempLibrary();
  await temp.library.importPaths(sampleFiles);
  call = (args) => dispatchApiCall(createHandlers(temp.library), 'exportComparison', args);
});
afterAll(() => temp.dispose());

describe('exportComparison', () => {
  it('returns a story’s comparison as a named file of each format', async () => {
    const story = temp.library.stories()[0];
    for (const [format, extension, type] of [
      ['html', 'html', 'text/html'],
      ['md', 'md', 'text/markdown'],
      ['csv', 'csv', 'text/csv'],
    ] as const) {
      const response = await call({ story: story?.id, format });
      expect(response.ok, format).toBe(true);
      const file = response.ok ? (response.value as { fileName: string; mimeType: string; content: string }) : null;
      expect(file?.fileName).toMatch(new RegExp(`^parallax-story-${story?.id}-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`, 'u'));
      expect(file?.mimeType).toBe(`${type};charset=utf-8`);
      expect(file?.content.length).toBeGreaterThan(1_000);
    }
  });

  it('exports chosen articles, and rejects a bad format, no articles, extra fields and unknown stories as values', async () => {
    const ids = temp.library.listArticles().map((a) => a.id);
    expect(await call({ ids: ids.slice(0, 2), format: 'md' })).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^parallax-articles-/u) } });
    expect(await call({ ids, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call({ ids: [], format: 'md' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call({ ids, format: 'md', path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call({ story: 'nope', format: 'csv' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call({ ids: [9999], format: 'html' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
