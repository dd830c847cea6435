import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { extractHtml, hostOutlet } from './html.js';

/** A news page as a browser's "Save page" keeps it: navigation, banners, related links, scripts. */
const savedArticle = String.raw`<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
  <meta charset="utf-8">
  <title>OpenAI declares 'code red' as rivals close in | The Example Times</title>
  <meta property="og:title" content="OpenAI declares ‘code red’ as rivals close in">
  <meta property="og:site_name" content="The Example Times">
  <meta property="article:published_time" content="2025-12-02T07:15:00Z">
  <meta name="author" content="Jane Reporter">
  <link rel="stylesheet" href="https://cdn.example.com/site.css">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"WebSite","name":"Example Times Online","url":"https://www.example.co.uk/"},
    {"@type":"NewsArticle","headline":"OpenAI declares code red","datePublished":"2025-12-01T22:00:00-05:00",
     "author":[{"@type":"Person","name":"Jane Reporter"}],"publisher":{"@type":"Organization","name":"Example Times Ltd"}}
  ]}
  </script>
  <script>window.analytics = { track() {} };</script>
  <style>.paywall { display: none }</style>
</head>
<body>
  <header class="site-header">
    <a href="/" class="logo">The Example Times</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/tech">Technology</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
  <main>
    <article>
      <header>
        <p class="kicker">Technology</p>
        <h1>OpenAI declares ‘code red’ as rivals close in</h1>
        <p class="byline">By <a href="/authors/jane">Jane Reporter</a> · <time datetime="2025-12-02">2 December 2025</time></p>
      </header>
      <figure>
        <img src="https://cdn.example.com/altman.jpg" alt="Sam Altman">
        <figcaption>Sam Altman at a conference in San Francisco last month.</figcaption>
      </figure>
      <div class="article-body">
        <p>OpenAI’s chief executive has told staff the company is entering a “code red” period, pausing several projects to concentrate on improving its flagship chatbot as competition from Google intensifies.</p>
        <p>In an internal memo seen by reporters, the executive said the company would delay work on advertising, shopping agents and a personal assistant, and move engineers onto speed, reliability and personalisation.<br>The memo was sent on Monday evening.</p>
        <h2>Pressure from rivals</h2>
        <p>Google’s latest model has topped several public leaderboards in recent weeks, and its image generator drew millions of new users to the company’s apps. Anthropic, meanwhile, has won a growing share of corporate customers.</p>
        <p>The memo listed three priorities for the coming weeks:</p>
        <ul>
          <li>faster responses for everyday questions;</li>
          <li>fewer refusals of <em>harmless</em> requests;</li>
          <li>better handling of long conversations.</li>
        </ul>
        <blockquote><p>“We are at a critical time for the product,” the memo said.</p></blockquote>
        <div class="ad-slot">Advertisement</div>
        <p>Analysts said the move showed how quickly the lead in artificial intelligence could change hands, even for a company valued at half a trillion dollars.</p>
      </div>
    </article>
    <aside class="related">
      <h3>Related stories</h3>
      <ul><li><a href="/a">Google unveils new model</a></li><li><a href="/b">Chip makers rally</a></li></ul>
    </aside>
  </main>
  <footer><p>© 2025 The Example Times. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
  <script src="https://cdn.example.com/app.js"></script>
</body>
</html>`;

const hostile = (origin: string): string => String.raw`<!doctype html>
<html lang="fr">
<head>
  <title>Page piégée</title>
  <meta http-equiv="refresh" content="0;url=javascript:alert('REFRESH')">
  <base href="${origin}/base/">
  <link rel="stylesheet" href="${origin}/style.css">
  <script src="${origin}/script.js"></script>
  <script>document.write('<p>INJECTED_BY_SCRIPT</p>'); fetch('${origin}/fetch');</script>
  <style>@import url("${origin}/import.css"); body { background: url("${origin}/bg.png"); width: expression(alert('EXPRESSION_CSS')); }</style>
</head>
<body onload="alert('ONLOAD_HANDLER')">
  <article>
    <h1 onclick="alert('H1_HANDLER')">Un titre sans danger</h1>
    <p style="width: expression(alert('STYLE_ATTRIBUTE')); background: url(${origin}/attr.png)">Le premier paragraphe raconte une histoire ordinaire, avec assez de mots pour ressembler à un article de presse.</p>
    <img src="${origin}/image.png" onerror="alert('ONERROR_HANDLER')">
    <p>Le deuxième paragraphe contient un <a href="javascript:alert('JS_LINK')">lien piégé</a> au milieu du texte, et rien d’autre de particulier.</p>
    <iframe src="${origin}/frame.html" srcdoc="&lt;p&gt;IFRAME_TEXT&lt;/p&gt;"></iframe>
    <object data="${origin}/object.swf">OBJECT_FALLBACK_TEXT</object>
    <embed src="${origin}/embed.swf">
    <noscript><p>NOSCRIPT_TEXT</p></noscript>
    <template><p>TEMPLATE_TEXT</p></template>
    <svg><script>alert('SVG_SCRIPT')</script></svg>
    <form action="javascript:alert('FORM_ACTION')"><input value="INPUT_VALUE"><button>BUTTON_TEXT</button></form>
    <video src="${origin}/video.mp4" poster="${origin}/poster.png"></video>
    <p>Le troisième paragraphe conclut l’article sans surprise, comme il se doit dans un texte de test.</p>
  </article>
  <script>alert('TAIL_SCRIPT')</script>
</body>
</html>`;

describe('extractHtml on a saved article page', () => {
  const result = extractHtml(savedArticle, { url: 'https://www.example.co.uk/tech/2025/12/02/openai-code-red' });

  it('reads the metadata', () => {
    expect(result).toMatchObject({
      title: 'OpenAI declares ‘code red’ as rivals close in',
      outlet: 'The Example Times',
      published: '2025-12-02',
      byline: 'Jane Reporter',
      language: 'en',
    });
  });

  it('keeps the article text in order and leaves the page furniture out', () => {
    expect(result.paragraphs.map((p) => `${p.kind}:${p.text.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      'title:OpenAI declares ‘code',
      'body:OpenAI’s chief executive',
      'body:In an internal',
      'heading:Pressure from rivals',
      'body:Google’s latest model',
      'body:The memo listed',
      'body:• faster responses',
      'body:• fewer refusals',
      'body:• better handling',
      'body:“We are at',
      'junk:Advertisement',
      'body:Analysts said the',
    ]);
    const text = result.paragraphs.map((p) => p.text).join('\n');
    for (const furniture of ['cookies', 'Related stories', 'All rights reserved', 'Opinion', 'Accept all']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('turns <br> into a space and collapses whitespace', () => {
    expect(result.paragraphs[2]?.text).toContain('personalisation. The memo was sent');
  });
});

describe('extractHtml on a hostile page', () => {
  it('returns text only: nothing runs, nothing loads, nothing hostile comes out', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const result = extractHtml(hostile(origin), { url: `${origin}/page.html` });
      // Give any loader that had been started time to reach the server.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(requests).toEqual([]);

      const output = JSON.stringify(result);
      for (const marker of [
        'alert', 'javascript', 'expression', 'INJECTED_BY_SCRIPT', 'IFRAME_TEXT', 'OBJECT_FALLBACK_TEXT',
        'NOSCRIPT_TEXT', 'TEMPLATE_TEXT', 'INPUT_VALUE', 'BUTTON_TEXT', '<', 'onerror', '.png', '.js', '.css', 'swf',
      ]) {
        expect(output).not.toContain(marker);
      }
      expect(result.title).toBe('Page piégée');
      expect(result.language).toBe('fr');
      expect(result.paragraphs.map((p) => `${p.kind}:${p.text.slice(0, 12)}`)).toEqual([
        'title:Page piégée',
        'heading:Un titre san',
        'body:Le premier p',
        'body:Le deuxième ',
        'body:Le troisième',
      ]);
      expect(result.paragraphs[3]?.text).toContain('un lien piégé au milieu');
    } finally {
      server.close();
    }
  });
});

describe('extractHtml metadata fallbacks', () => {
  const body = '<p>Un paragraphe de texte assez long pour compter comme le corps d’un article de presse ordinaire.</p>';

  it('takes the title from <title> and the outlet from application-name', () => {
    const result = extractHtml(`<html><head><title>Plain Title</title><meta name="application-name" content="App Name"></head><body>${body}</body></html>`);
    expect(result.title).toBe('Plain Title');
    expect(result.outlet).toBe('App Name');
  });

  it('reads JSON-LD for publisher, date and author when meta tags are missing', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'From Linked Data',
      datePublished: '2024-03-09T10:00:00+02:00',
      author: [{ '@type': 'Person', name: 'A. Writer' }, { '@type': 'Person', name: 'B. Writer' }],
      publisher: { '@type': 'Organization', name: 'Linked Daily' },
    });
    const result = extractHtml(`<html><head><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`);
    expect(result).toMatchObject({ title: 'From Linked Data', outlet: 'Linked Daily', published: '2024-03-09', byline: 'A. Writer, B. Writer' });
  });

  it('ignores JSON-LD that does not parse', () => {
    const result = extractHtml(`<html><head><script type="application/ld+json">{ not json</script><title>T</title></head><body>${body}</body></html>`);
    expect(result.title).toBe('T');
  });

  it('takes the date from <time datetime> and the outlet from the address', () => {
    const result = extractHtml(`<html><body><article><time datetime="2023-07-14T09:00">14 juillet</time>${body}</article></body></html>`, {
      url: 'https://www.lemonde.example.fr/article.html',
    });
    expect(result.published).toBe('2023-07-14');
    expect(result.outlet).toBe('lemonde.example.fr');
  });

  it('reads the language from <html lang> or og:locale, as a primary subtag', () => {
    expect(extractHtml(`<html lang="he-IL"><body>${body}</body></html>`).language).toBe('he');
    expect(extractHtml(`<html><head><meta property="og:locale" content="fr_FR"></head><body>${body}</body></html>`).language).toBe('fr');
    expect(extractHtml(`<html><body>${body}</body></html>`).language).toBeNull();
  });

  it('falls back on the body\'s blocks when Readability finds no article', () => {
    const result = extractHtml('<html><body><nav>Home · About</nav><div>Une note courte.</div><h2>Titre</h2><p>Une autre ligne ici.</p></body></html>');
    expect(result.paragraphs).toEqual([
      { kind: 'body', text: 'Une note courte.' },
      { kind: 'heading', text: 'Titre' },
      { kind: 'body', text: 'Une autre ligne ici.' },
    ]);
  });

  it('reads a bold paragraph as a heading and a lone label as junk', () => {
    const result = extractHtml(`<html><body><article>${body}<p><strong>Le contexte</strong></p>${body}<p>Publicité</p>${body}</article></body></html>`);
    expect(result.paragraphs.map((p) => p.kind)).toEqual(['body', 'heading', 'body', 'junk', 'body']);
  });

  it('numbers ordered list items and keeps nested lists', () => {
    const result = extractHtml('<html><body><ol start="3"><li>Third item here.</li><li>Fourth item<ul><li>nested point.</li></ul></li></ol></body></html>');
    expect(result.paragraphs.map((p) => p.text)).toEqual(['3. Third item here.', '4. Fourth item', '• nested point.']);
  });

  it('survives an empty or broken document', () => {
    expect(extractHtml('').paragraphs).toEqual([]);
    expect(extractHtml('<p>unclosed <b>tags <i>everywhere').paragraphs).toEqual([{ kind: 'body', text: 'unclosed tags everywhere' }]);
  });
});

describe('hostOutlet', () => {
  it('drops www and keeps the rest of the host', () => {
    expect(hostOutlet('https://www.example.co.uk/a/b')).toBe('example.co.uk');
    expect(hostOutlet('http://news.example.com')).toBe('news.example.com');
    expect(hostOutlet('file:///tmp/a.html')).toBeNull();
    expect(hostOutlet('not a url')).toBeNull();
  });
});
