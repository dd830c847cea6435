import iconv from 'iconv-lite';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchArticle, type FetchArticleResult } from './fetch-article.js';
import { prepareArticle } from './prepare-article.js';
import type { ImportProblem, PreparedArticle } from './prepared-article.js';

// Every request in this file goes to a server started here, on 127.0.0.1; `localFetch` makes sure
// of it by refusing any other address before the request is made.
let server: Server;
let base = '';
const requested: string[] = [];
const hanging = new Set<ServerResponse>();
let streamed = { bytes: 0, closed: Promise.resolve() };

const localFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.hostname !== '127.0.0.1') throw new Error(`test tried to contact ${url.href}`);
  return fetch(input, init);
};

const articlePage = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Council approves new budget | The Daily Example</title>
  <meta property="og:title" content="Council approves new budget">
  <meta property="og:site_name" content="The Daily Example">
  <meta property="article:published_time" content="2025-12-02T08:30:00Z">
  <meta name="author" content="Dana Levi">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Council approves new budget</h1>
    <p>The city council approved a budget of 120 million euros on Tuesday evening, after a debate that lasted more than six hours.</p>
    <p>Most of the new money goes to schools and public transport, while the parks department will see its share fall for the second year running.</p>
    <p>Opposition members said the plan relies on optimistic forecasts of tax revenue and promised to challenge it when the council meets again in March.</p>
  </article>
  <footer>© The Daily Example</footer>
</body>
</html>`;

const hostilePage = `<!doctype html>
<html lang="en">
<head>
  <title>Harbour reopens after repairs</title>
  <script>fetch('/beacon/head-script'); document.title = 'HOSTILE title';</script>
  <meta http-equiv="refresh" content="0; url=/beacon/refresh">
  <link rel="stylesheet" href="/beacon/stylesheet">
  <style>body { background: url(/beacon/style) } .x::after { content: 'HOSTILE style' }</style>
</head>
<body onload="fetch('/beacon/onload')">
  <article>
    <h1>Harbour reopens after repairs</h1>
    <p>The old harbour reopened to fishing boats on Monday after eight months of repairs to the sea wall, which storms had damaged last winter.<img src="/beacon/img" onerror="fetch('/beacon/onerror')"></p>
    <iframe src="/beacon/iframe"></iframe>
    <iframe srcdoc="<p>HOSTILE srcdoc</p><script>fetch('/beacon/srcdoc')</script>"></iframe>
    <script>document.write('<p>HOSTILE written</p>'); fetch('/beacon/body-script');</script>
    <p onclick="fetch('/beacon/onclick')">Fishermen said the work had cost them a season, but the port authority promised lower mooring fees for the rest of the year to make up for it. <a href="javascript:fetch('/beacon/link')">Read the statement</a>.</p>
    <noscript>HOSTILE noscript</noscript>
    <object data="/beacon/object">HOSTILE object</object>
    <embed src="/beacon/embed">
    <template><p>HOSTILE template</p></template>
    <svg><script>fetch('/beacon/svg')</script><image href="/beacon/svg-image"/></svg>
    <form action="/beacon/form"><button formaction="javascript:fetch('/beacon/button')">Subscribe</button></form>
  </article>
</body>
</html>`;

const hebrewPage = `<!doctype html>
<html dir="rtl">
<head><title>הכנסת אישרה את התקציב</title></head>
<body>
  <article>
    <h1>הכנסת אישרה את התקציב</h1>
    <p>הכנסת אישרה הלילה את תקציב המדינה לשנה הבאה ברוב של שישים ושניים חברי כנסת, לאחר דיון ארוך שנמשך יותר משמונה שעות – כך נמסר.</p>
    <p>לפי ה״הצעה״ שאושרה, רוב הכסף החדש יופנה לחינוך ולתחבורה ציבורית, ואילו תקציב הפארקים יקטן זו השנה השנייה ברציפות.</p>
    <p>חברי האופוזיציה אמרו כי התוכנית נשענת על תחזיות אופטימיות של הכנסות ממסים, והבטיחו לערער עליה בדיון הבא.</p>
  </article>
</body>
</html>`;

const redirectStatuses = [301, 302, 303, 307, 308] as const;

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? '/';
  requested.push(path);
  const html = (body: string | Buffer, contentType = 'text/html; charset=utf-8') => {
    response.writeHead(200, { 'content-type': contentType });
    response.end(body);
  };
  const redirect = (status: number, location: string) => {
    response.writeHead(status, { location });
    response.end();
  };

  const chain = /^\/chain\/(\d+)$/u.exec(path);
  if (chain) {
    const left = Number(chain[1]);
    if (left === 0) return html(articlePage);
    // Alternate absolute and relative locations, and every redirect status.
    const next = `/chain/${left - 1}`;
    return redirect(redirectStatuses[left % redirectStatuses.length] ?? 302, left % 2 ? `${base}${next}` : next);
  }
  if (path.startsWith('/beacon')) {
    response.writeHead(204);
    return void response.end();
  }

  switch (path) {
    case '/article':
      return html(articlePage);
    case '/article-no-type':
      response.writeHead(200);
      return void response.end(articlePage);
    case '/notes.txt':
      return html('Notes from the meeting\n\nThe council approved the budget after a long debate that lasted most of the evening.\n', 'text/plain; charset=utf-8');
    case '/notes.md':
      return html('# Notes from the meeting\n\nThe council approved the budget after a long debate that lasted most of the evening.\n', 'text/markdown');
    case '/hostile':
      return html(hostilePage);
    case '/hebrew':
      return html(iconv.encode(hebrewPage, 'windows-1255'), 'text/html; charset=windows-1255');
    case '/to-file':
      return redirect(302, 'file:///etc/passwd');
    case '/to-javascript':
      return redirect(302, "javascript:alert('hi')");
    case '/to-data':
      return redirect(301, 'data:text/html,<p>hello</p>');
    case '/no-location':
      response.writeHead(302);
      return void response.end();
    case '/missing':
      response.writeHead(404, { 'content-type': 'text/html' });
      return void response.end('<h1>Not here</h1>');
    case '/broken':
      response.writeHead(500, { 'content-type': 'text/plain' });
      return void response.end('oops');
    case '/report.pdf':
      response.writeHead(200, { 'content-type': 'application/pdf' });
      return void response.end(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'));
    case '/photo':
      response.writeHead(200, { 'content-type': 'image/png' });
      return void response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    case '/hang':
      // Never answers; closed in afterAll.
      hanging.add(response);
      return;
    case '/stall':
      // Starts the body, then never finishes it.
      hanging.add(response);
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<!doctype html><html><body><p>The beginning of a page that never ends');
      return;
    case '/huge':
    case '/huge-declared':
      return streamForever(response, path === '/huge-declared');
    default:
      response.writeHead(404);
      response.end();
  }
}

/** An endless body, written as fast as the client reads it, until the client hangs up. */
function streamForever(response: ServerResponse, declareLength: boolean): void {
  let resolveClosed = (): void => undefined;
  streamed = { bytes: 0, closed: new Promise<void>((done) => (resolveClosed = done)) };
  const state = streamed;
  response.on('close', () => resolveClosed());
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(declareLength ? { 'content-length': String(1024 ** 3) } : {}) });
  const chunk = Buffer.from(`<p>${'All work and no play makes a very long page. '.repeat(1400)}</p>\n`);
  const pump = (): void => {
    while (!response.destroyed && !response.writableEnded) {
      state.bytes += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', pump);
    }
  };
  pump();
}

beforeAll(async () => {
  server = createServer(route);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of hanging) response.destroy();
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

function expectOk(result: FetchArticleResult): Extract<FetchArticleResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected a page, got ${result.problem.reason}: ${result.problem.message}`);
  return result;
}

function expectProblem(result: FetchArticleResult): ImportProblem {
  if (result.ok) throw new Error(`expected a refusal, got ${result.finalUrl}`);
  return result.problem;
}

function expectArticle(prepared: PreparedArticle | ImportProblem): PreparedArticle {
  if ('reason' in prepared) throw new Error(`expected an article, got ${prepared.reason}: ${prepared.message}`);
  return prepared;
}

const bodyTexts = (article: PreparedArticle) => article.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);

describe('fetchArticle', () => {
  it('downloads an article page that prepareArticle reads like a saved one', async () => {
    const result = expectOk(await fetchArticle(`${base}/article#comments`, { fetch: localFetch }));
    expect(result.finalUrl).toBe(`${base}/article`);
    expect(result.input.source).toBe(result.finalUrl);
    expect(result.input.contentType).toBe('text/html; charset=utf-8');
    expect(new TextDecoder().decode(result.input.bytes)).toBe(articlePage);

    const article = expectArticle(prepareArticle(result.input));
    expect(article.title).toBe('Council approves new budget');
    expect(article.outlet).toBe('The Daily Example');
    expect(article.published).toBe('2025-12-02');
    expect(article.language).toBe('en');
    const texts = bodyTexts(article);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^The city council approved a budget of 120 million euros/u);
    expect(texts[2]).toMatch(/council meets again in March\.$/u);
    expect(texts.join('\n')).not.toMatch(/Home|Sport|©/u);
  });

  it('reads plain text and Markdown, and leaves an untyped response to prepareArticle', async () => {
    const text = expectOk(await fetchArticle(`${base}/notes.txt`, { fetch: localFetch }));
    expect(text.input.contentType).toBe('text/plain; charset=utf-8');
    expect(expectArticle(prepareArticle(text.input)).title).toBe('Notes from the meeting');

    const markdown = expectOk(await fetchArticle(`${base}/notes.md`, { fetch: localFetch }));
    expect(expectArticle(prepareArticle(markdown.input)).paragraphs[0]).toMatchObject({ kind: 'title', text: 'Notes from the meeting' });

    const untyped = expectOk(await fetchArticle(`${base}/article-no-type`, { fetch: localFetch }));
    expect(untyped.input.contentType).toBeUndefined();
    expect(expectArticle(prepareArticle(untyped.input)).outlet).toBe('The Daily Example');
  });

  it('decodes a windows-1255 page by the charset in its Content-Type', async () => {
    const result = expectOk(await fetchArticle(`${base}/hebrew`, { fetch: localFetch }));
    expect(result.input.contentType).toBe('text/html; charset=windows-1255');
    // The bytes are handed on as they came, not re-encoded.
    expect(Buffer.from(result.input.bytes).equals(iconv.encode(hebrewPage, 'windows-1255'))).toBe(true);

    const article = expectArticle(prepareArticle(result.input));
    expect(article.title).toBe('הכנסת אישרה את התקציב');
    expect(article.language).toBe('he');
    const texts = bodyTexts(article);
    expect(texts).toHaveLength(3);
    // The en dash and gershayim exist in windows-1255 but not in ISO-8859-8.
    expect(texts[0]).toContain('שמונה שעות – כך נמסר');
    expect(texts[1]).toContain('ה״הצעה״');
    expect(texts.join('')).not.toContain('\uFFFD');
  });

  it('extracts only the text of a hostile page: nothing runs and nothing is loaded', async () => {
    const result = expectOk(await fetchArticle(`${base}/hostile`, { fetch: localFetch }));
    const article = expectArticle(prepareArticle(result.input));

    expect(article.title).toBe('Harbour reopens after repairs');
    const texts = bodyTexts(article);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^The old harbour reopened to fishing boats/u);
    expect(texts[1]).toMatch(/lower mooring fees .* Read the statement\.$/u);
    const extracted = JSON.stringify({ title: article.title, outlet: article.outlet, paragraphs: article.paragraphs });
    for (const hostile of ['HOSTILE', 'fetch(', 'beacon', 'javascript:', 'onload', 'onclick', 'onerror', '<script', '<iframe', 'document.write']) {
      expect(extracted).not.toContain(hostile);
    }

    // Had any script, handler, frame, image, stylesheet or refresh been acted on, it would have
    // asked the server for a /beacon address.
    await new Promise((done) => setTimeout(done, 200));
    expect(requested.filter((path) => path.startsWith('/beacon'))).toEqual([]);
  });

  describe('redirects', () => {
    it('follows a chain within the limit, with every redirect status and relative locations', async () => {
      const calls: string[] = [];
      const counting: typeof fetch = (input, init) => {
        calls.push(String(input));
        expect(init?.redirect).toBe('manual');
        return localFetch(input, init);
      };
      const result = expectOk(await fetchArticle(`${base}/chain/5`, { fetch: counting }));
      expect(result.finalUrl).toBe(`${base}/chain/0`);
      expect(result.input.source).toBe(`${base}/chain/0`);
      expect(calls).toEqual([5, 4, 3, 2, 1, 0].map((n) => `${base}/chain/${n}`));
      expect(expectArticle(prepareArticle(result.input)).title).toBe('Council approves new budget');
    });

    it('stops past the limit', async () => {
      const problem = expectProblem(await fetchArticle(`${base}/chain/6`, { fetch: localFetch }));
      expect(problem.reason).toBe('unreadable');
      expect(problem.message).toBe('The page redirected more than 5 times; Parallax stopped following it.');

      expect(expectOk(await fetchArticle(`${base}/chain/2`, { fetch: localFetch, maxRedirects: 2 })).finalUrl).toBe(`${base}/chain/0`);
      expect(expectProblem(await fetchArticle(`${base}/chain/3`, { fetch: localFetch, maxRedirects: 2 })).message).toMatch(/more than 2 times/u);
      expect(expectProblem(await fetchArticle(`${base}/chain/1`, { fetch: localFetch, maxRedirects: 0 })).message).toMatch(/more than 0 times/u);
      expect(expectOk(await fetchArticle(`${base}/chain/0`, { fetch: localFetch, maxRedirects: 0 })).finalUrl).toBe(`${base}/chain/0`);
    });

    it.each([
      ['/to-file', 'file:'],
      ['/to-javascript', 'javascript:'],
      ['/to-data', 'data:'],
    ])('refuses a redirect from %s to a %s address without following it', async (path, protocol) => {
      const calls: string[] = [];
      const counting: typeof fetch = (input, init) => {
        calls.push(String(input));
        return localFetch(input, init);
      };
      const problem = expectProblem(await fetchArticle(`${base}${path}`, { fetch: counting }));
      expect(problem).toEqual({ reason: 'invalid', message: `The page redirects to a ${protocol} address, which Parallax does not follow.` });
      expect(calls).toEqual([`${base}${path}`]);
    });

    it('refuses a redirect that does not say where to', async () => {
      const problem = expectProblem(await fetchArticle(`${base}/no-location`, { fetch: localFetch }));
      expect(problem.reason).toBe('unreadable');
      expect(problem.message).toMatch(/redirect \(302\) but did not say where to/u);
    });
  });

  describe('refusals', () => {
    it.each([
      ['file:///etc/passwd', /not file: addresses/u],
      ["javascript:alert('hi')", /not javascript: addresses/u],
      ['data:text/html,<p>hello</p>', /not data: addresses/u],
      ['ftp://127.0.0.1/article.txt', /not ftp: addresses/u],
      ['not a web address', /^“not a web address” is not a web address\.$/u],
      ['example.com/story', /start with https:\/\/ or http:\/\//u],
      ['http://', /is not a web address/u],
      ['   ', /^No web address was given\.$/u],
      ['http://someone:secret@127.0.0.1/article', /user name or password/u],
    ])('refuses %j before contacting anything', async (url, message) => {
      const spy = vi.fn(localFetch);
      const problem = expectProblem(await fetchArticle(url, { fetch: spy }));
      expect(problem.reason).toBe('invalid');
      expect(problem.message).toMatch(message);
      expect(problem.message.split(/(?<=\.) /u)).toHaveLength(1);
      expect(spy).not.toHaveBeenCalled();
    });

    it.each([
      ['/missing', /^The web server answered 404 Not Found; the page could not be downloaded\.$/u],
      ['/broken', /^The web server answered 500 Internal Server Error; the page could not be downloaded\.$/u],
    ])('reports the HTTP status of %s', async (path, message) => {
      const problem = expectProblem(await fetchArticle(`${base}${path}`, { fetch: localFetch }));
      expect(problem.reason).toBe('unreadable');
      expect(problem.message).toMatch(message);
    });

    it.each([
      ['/report.pdf', 'application/pdf'],
      ['/photo', 'image/png'],
    ])('refuses %s, served as %s', async (path, type) => {
      const problem = expectProblem(await fetchArticle(`${base}${path}`, { fetch: localFetch }));
      expect(problem.reason).toBe('unsupported');
      expect(problem.message).toBe(`The address serves ${type}, not a web page or text; Parallax reads HTML, plain text and Markdown.`);
    });
  });

  describe('limits', () => {
    it('gives up on a server that never answers', async () => {
      const started = Date.now();
      const problem = expectProblem(await fetchArticle(`${base}/hang`, { fetch: localFetch, timeoutMs: 300 }));
      expect(problem).toEqual({ reason: 'unreadable', message: 'The web server did not answer within 300 ms.' });
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('gives up on a body that never ends, within the same total time', async () => {
      const problem = expectProblem(await fetchArticle(`${base}/stall`, { fetch: localFetch, timeoutMs: 1_500 }));
      expect(problem).toEqual({ reason: 'unreadable', message: 'The page did not finish downloading within 1.5 seconds.' });
    });

    it('stops when the caller cancels', async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 100);
      const problem = expectProblem(await fetchArticle(`${base}/hang`, { fetch: localFetch, signal: controller.signal }));
      expect(problem).toEqual({ reason: 'unreadable', message: 'The download was cancelled.' });

      const spy = vi.fn(localFetch);
      expect(expectProblem(await fetchArticle(`${base}/article`, { fetch: spy, signal: AbortSignal.abort() })).message).toBe('The download was cancelled.');
      expect(spy).not.toHaveBeenCalled();
    });

    it('stops reading a huge body past maxBytes, and the server sees the connection close', async () => {
      const maxBytes = 256 * 1024;
      const problem = expectProblem(await fetchArticle(`${base}/huge`, { fetch: localFetch, maxBytes }));
      expect(problem).toEqual({ reason: 'too-large', message: 'The page is larger than 256 KB; Parallax stopped downloading it.' });
      await expect(withTimeout(streamed.closed, 5_000)).resolves.toBe('done');
      // Socket buffers hold a little more than was read, but nowhere near the endless body.
      expect(streamed.bytes).toBeLessThan(32 * 1024 * 1024);
    });

    it('refuses a body whose declared length is over maxBytes without reading it', async () => {
      const problem = expectProblem(await fetchArticle(`${base}/huge-declared`, { fetch: localFetch, maxBytes: 1024 * 1024 }));
      expect(problem).toEqual({ reason: 'too-large', message: 'The page is larger than 1 MB; Parallax stopped downloading it.' });
      await expect(withTimeout(streamed.closed, 5_000)).resolves.toBe('done');
    });

    it('uses a 16 MB cap by default', async () => {
      const problem = expectProblem(await fetchArticle(`${base}/huge`, { fetch: localFetch }));
      expect(problem.message).toBe('The page is larger than 16 MB; Parallax stopped downloading it.');
      await withTimeout(streamed.closed, 5_000);
    });

    it('says when nothing listens at the address', async () => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1');
      await once(probe, 'listening');
      const { port } = probe.address() as AddressInfo;
      await new Promise<void>((done) => probe.close(() => done()));

      const problem = expectProblem(await fetchArticle(`http://127.0.0.1:${port}/article`, { fetch: localFetch }));
      expect(problem).toEqual({ reason: 'unreadable', message: `The web server at 127.0.0.1:${port} refused the connection.` });
    });

    it('rejects nonsensical limits as programming errors', async () => {
      await expect(fetchArticle(`${base}/article`, { fetch: localFetch, timeoutMs: 0 })).rejects.toThrow(RangeError);
      await expect(fetchArticle(`${base}/article`, { fetch: localFetch, maxBytes: -1 })).rejects.toThrow(RangeError);
      await expect(fetchArticle(`${base}/article`, { fetch: localFetch, maxRedirects: 1.5 })).rejects.toThrow(RangeError);
    });
  });
});

function withTimeout(promise: Promise<void>, ms: number): Promise<'done' | 'timed out'> {
  return Promise.race([promise.then(() => 'done' as const), new Promise<'timed out'>((done) => setTimeout(() => done('timed out'), ms))]);
}
