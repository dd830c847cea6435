import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempLibrary, type TempLibrary } from '../../tests/support/temp-library.js';
import { dispatchApiCall } from './dispatch.js';
import { createHandlers } from './handlers.js';

let temp: TempLibrary;
beforeEach(() => {
  temp = createTempLibrary();
});
afterEach(() => temp.dispose());

const call = (method: string, args: unknown) => dispatchApiCall(createHandlers(temp.library), method, args);

describe('the translation methods of the API', () => {
  it('pairs pasted text on import, lists the pair and aligns it in the contract shape', async () => {
    const original = await call('importText', { text: 'The plan costs 5 million dollars. It starts in June. The mayor signed it.', title: 'Plan' });
    const id = (original as { ok: true; value: { imported: Array<{ id: number }> } }).value.imported[0]!.id;
    const pasted = await call('importText', { text: 'Le plan coûte 5 millions de dollars. Il commence en juin. Le maire l’a signé.', title: 'Plan', translationOf: id });
    const translation = (pasted as { ok: true; value: { imported: Array<{ id: number }> } }).value.imported[0]!.id;
    expect(await call('translations', { id })).toEqual({ ok: true, value: { pairs: [{ original: id, translation }], proposals: [] } });
    const aligned = await call('align', { original: id, translation });
    expect(aligned.ok).toBe(true);
    const value = (aligned as { ok: true; value: { links: Array<{ source: unknown[]; target: unknown[] }>; findings: unknown[] } }).value;
    expect(Object.keys(value).sort()).toEqual(['findings', 'links']);
    expect(value.links).toHaveLength(3);
    expect(value.links[0]).toEqual({ source: [{ paragraph: 0, start: 0, end: 33 }], target: [{ paragraph: 0, start: 0, end: 'Le plan coûte 5 millions de dollars.'.length }] });
    expect(value.findings).toEqual([]);
    expect(await call('setTranslation', { original: id, translation, paired: false })).toEqual({ ok: true, value: { pairs: [] } });
  });

  it('refuses self pairs, unknown articles and malformed arguments with error values', async () => {
    expect(await call('setTranslation', { original: 1, translation: 1, paired: true })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('align', { original: 2, translation: 2 })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('align', { original: 1, translation: '2' })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('translations', { id: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await call('align', { original: 1, translation: 2 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call('importText', { text: 'Some text here.', translationOf: 99 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
