import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlId } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes markup and both quote characters', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`"><img src=x onerror='alert(1)'>`)).toBe('&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;');
    expect(escapeHtml('AT&T &amp;')).toBe('AT&amp;T &amp;amp;');
  });

  it('keeps every script and direction mark but drops control characters', () => {
    expect(escapeHtml('שלום\u202Eabc 世界\tx\n')).toBe('שלום\u202Eabc 世界\tx\n');
    expect(escapeHtml('a\u0000b\u001Bc')).toBe('abc');
  });
});

describe('htmlId', () => {
  it('keeps only characters that need no escaping in a selector', () => {
    expect(htmlId('fig', 3, 12, 40)).toBe('fig-3-12-40');
    expect(htmlId('theme', 'x" onclick="y')).toBe('theme-x__onclick__y');
  });
});
