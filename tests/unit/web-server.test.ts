import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { httpRoute, webTokenHeader } from '../../src-main/api/contract.js';
import { createHandlers } from '../../src-main/api/handlers.js';
import { startWebServer, type RunningWebServer } from '../../src-main/web/web-server.js';
import { createTempLibrary, repoRoot, samplesDir, sampleFiles, type TempLibrary } from '../support/temp-library.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let temp: TempLibrary;
let server: RunningWebServer;
beforeEach(async () => {
  temp = createTempLibrary();
  await temp.library.importPaths(sampleFiles);
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  server = await startWebServer({ handlers: createHandlers(temp.library), rendererDir });
});
afterEach(async () => {
  await server.close();
  temp.dispose();
});

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', [webTokenHeader]: server.token, ...headers } });

describe('web harness', () => {
  it('listens on loopback and serves the API behind the per-run token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    const ok = await (await post(httpRoute('search'), { query: 'Gemini' })).json();
    expect(ok.ok).toBe(true);
    expect(ok.value.total).toBeGreaterThanOrEqual(3);
    const noToken = await post(httpRoute('listArticles'), {}, { [webTokenHeader]: 'wrong' });
    expect(noToken.status).toBe(403);
  });

  it('validates arguments at the boundary and answers errors as values', async () => {
    const invalid = await (await post(httpRoute('getArticle'), { id: 'one' })).json();
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const extra = await (await post(httpRoute('listArticles'), { sql: 'DROP TABLE articles' })).json();
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    const missing = await (await post(httpRoute('getArticle'), { id: 424242 })).json();
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const unknown = await (await post('/api/dropEverything', {})).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const notJson = await fetch(new URL(httpRoute('search'), server.url), { method: 'POST', body: '{', headers: { [webTokenHeader]: server.token } });
    expect(notJson.status).toBe(400);
  });

  it('injects the token into index.html and sends the CSP; nothing outside the renderer folder is served', async () => {
    const index = await fetch(server.url);
    expect(await index.text()).toContain(`<meta name="parallax-token" content="${server.token}">`);
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/u);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      expect((await fetch(new URL(path, server.url))).status).toBe(404);
    }
    expect(repoRoot).toBeTruthy();
  });

  it('refuses requests that name another host (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL(server.url), { headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0));
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});
