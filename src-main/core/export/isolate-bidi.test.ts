import { describe, expect, it } from 'vitest';
import { isolateBidi } from './isolate-bidi.js';

const FSI = '\u2068';
const PDI = '\u2069';

/** How many isolates are open after each character; the text is contained when it never drops below one inside. */
function depthNeverLeaves(isolated: string): boolean {
  let depth = 0;
  const chars = [...isolated];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (['\u2066', '\u2067', '\u2068'].includes(char)) depth++;
    else if (char === PDI) depth--;
    if (depth === 0 && i < chars.length - 1) return false;
  }
  return depth === 0;
}

describe('isolateBidi', () => {
  it('wraps text in a first-strong isolate', () => {
    expect(isolateBidi('שלום world')).toBe(`${FSI}שלום world${PDI}`);
  });

  it('contains an override and closes isolates the text leaves open', () => {
    for (const hostile of ['\u202Eevil', 'a\u2067b', `x${PDI}${PDI}y`, `\u2066\u2067${PDI}z`]) {
      const isolated = isolateBidi(hostile);
      expect(depthNeverLeaves(isolated), JSON.stringify(hostile)).toBe(true);
    }
  });

  it('keeps balanced isolates inside the text as they are', () => {
    expect(isolateBidi(`a\u2067ב${PDI}c`)).toBe(`${FSI}a\u2067ב${PDI}c${PDI}`);
  });
});
