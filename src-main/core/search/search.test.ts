/** Search on the sample corpus, one language at a time, plus languages the sample lacks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempLibrary, sampleFiles, type TempLibrary } from '../../../tests/support/temp-library.js';

let temp: TempLibrary;
beforeAll(async () => {
  temp = createTempLibrary();
  await temp.library.importPaths(sampleFiles);
  temp.library.importText('谷歌发布新模型\n\n谷歌公司今天发布了新的人工智能模型，估值达到五千亿美元。分析人士认为这将加剧市场竞争。');
  temp.library.importText('الشركة تعلن خطة جديدة\n\nأعلنت الشركة والمستثمرون عن خطة جديدة لتطوير الذكاء الاصطناعي بتكلفة ٣٫٥ مليار دولار، وقال المدير إن الكتاب سيصدر قريبا.');
});
afterAll(() => temp.dispose());

const surfaces = (query: string) => temp.library.search(query, 50).hits.flatMap((hit) => hit.matches.map((m) => m.text));
const languages = (query: string) => new Set(temp.library.search(query, 50).hits.map((hit) => hit.language));

describe('Hebrew', () => {
  it('finds a word under its one-letter prefixes and highlights the whole prefixed word', () => {
    expect(surfaces('תחרות')).toEqual(expect.arrayContaining(['התחרות', 'לתחרות']));
    expect(surfaces('אנתרופיק')).toEqual(expect.arrayContaining(['אנתרופיק', 'ואנתרופיק']));
    expect(surfaces('תחרות')).not.toContain('המתחרות');
  });

  it('finds a Latin name glued by a maqaf', () => {
    expect(surfaces('TechCrunch lang:he')).toEqual(['TechCrunch']);
  });
});

describe('English', () => {
  it('stems: departure finds departures, shelved finds shelve', () => {
    expect(surfaces('departure')).toEqual(expect.arrayContaining(['departure', 'departures']));
    expect(surfaces('shelved')).toContain('shelve');
  });

  it('keeps phrases in order', () => {
    expect(temp.library.search('"Wall Street Journal"').total).toBeGreaterThanOrEqual(2);
    expect(temp.library.search('"Journal Street Wall"').total).toBe(0);
  });
});

describe('French', () => {
  it('folds accents and ligatures, splits elision, and highlights the surface as written', () => {
    expect(surfaces('entreprise lang:fr')).toContain('l’entreprise');
    expect(surfaces('OpenAI lang:fr')).toContain('d’OpenAI');
    expect(surfaces('strategique')).toEqual(expect.arrayContaining(['stratégique', 'stratégiques']));
    expect(surfaces('manoeuvre')).toEqual(['manœuvre']);
  });
});

describe('across languages', () => {
  it('finds a name in every script that writes it', () => {
    expect(languages('Gemini')).toEqual(new Set(['he', 'en', 'fr']));
  });

  it('never lets one language’s stem meet another language’s word', () => {
    // The French stem of "openai" is "open"; English "open" and "opening" are other words.
    expect(new Set(surfaces('OpenAI').map((s) => s.toLowerCase().replace(/^[dl]’|’s$|'s$/u, '')))).toEqual(new Set(['openai']));
  });

  it('filters by language and outlet, excludes, and ORs', () => {
    expect(languages('OpenAI lang:fr')).toEqual(new Set(['fr']));
    expect(languages('OpenAI -alerte')).not.toContain('fr');
    expect(languages('Tworek OR manœuvre')).toEqual(new Set(['en', 'fr']));
  });

  it('matches outlet names whatever their case and accents', () => {
    const id = temp.library.listArticles().find((a) => a.language === 'fr')!.id;
    temp.library.updateArticle(id, { outlet: 'Élysée Матин' });
    expect(temp.library.search('OpenAI outlet:"élysée"').hits.map((h) => h.id)).toEqual([id]);
    expect(temp.library.search('OpenAI outlet:ELYSEE').hits.map((h) => h.id)).toEqual([id]);
    expect(temp.library.search('OpenAI outlet:матин').hits.map((h) => h.id)).toEqual([id]);
    temp.library.updateArticle(id, { outlet: null });
  });

  it('counts matches per language and outlet for facets', () => {
    const result = temp.library.search('OpenAI');
    expect(result.facets.languages).toEqual(expect.arrayContaining([{ value: 'en', count: 3 }, { value: 'he', count: 1 }, { value: 'fr', count: 1 }]));
    expect(result.facets.languages.reduce((n, f) => n + f.count, 0)).toBe(result.total);
  });

  it('lists the articles a filter alone selects', () => {
    const result = temp.library.search('lang:en');
    expect(result.total).toBe(3);
    expect(result.hits.every((hit) => hit.language === 'en')).toBe(true);
  });

  it('searches names and figures with digits and symbols as typed', () => {
    expect(surfaces('GPT-4o')).toContain('GPT-4o');
    expect(surfaces('"Gemini 3"')).toContain('Gemini 3');
    expect(temp.library.search('$500 billion').total).toBeGreaterThanOrEqual(2);
  });
});

describe('figures', () => {
  const hitLanguages = (query: string) => temp.library.search(query).hits.map((h) => h.language).sort();

  it('finds one quantity in every language that states it, highlighting the figure as written', () => {
    for (const query of ['$1.4 trillion', '1 400 milliards de dollars', '1,4 billion de dollars', '1.4 טריליון דולר', '1.4万亿美元']) {
      expect(hitLanguages(query)).toEqual(['en', 'he']);
    }
    expect(surfaces('$1.4 trillion')).toEqual(expect.arrayContaining(['$1.4 trillion', '1.4 טריליון דולר']));
  });

  it('keeps figures that only look alike apart', () => {
    const fourteen = temp.library.search('$14 billion').hits.map((h) => h.id);
    const trillion = temp.library.search('$1.4 trillion').hits.map((h) => h.id);
    expect(fourteen.length).toBeGreaterThan(0);
    expect(fourteen.filter((id) => trillion.includes(id))).toEqual([]);
    // Three English sample articles, and the Chinese text above (五千亿美元).
    expect(hitLanguages('$500 billion')).toEqual(['en', 'en', 'en', 'zh']);
  });

  it('combines a quantity with words', () => {
    const result = temp.library.search('Anthropic $500 billion');
    expect(result.total).toBeGreaterThanOrEqual(1);
    expect(result.total).toBeLessThan(temp.library.search('Anthropic').total + 1);
    for (const hit of result.hits) expect(hit.matches.map((m) => m.text)).toContain('$500 billion');
  });
});

describe('scripts the sample lacks', () => {
  it('Chinese: words without spaces', () => {
    expect(surfaces('模型')).toContain('模型');
    expect(surfaces('人工智能').join('')).toContain('人工智能');
  });

  it('Arabic: the article and one-letter prefixes, hamza forms and Arabic-Indic digits', () => {
    expect(surfaces('شركة')).toEqual(expect.arrayContaining(['الشركة']));
    expect(surfaces('مستثمرون')).toContain('والمستثمرون');
    expect(surfaces('اعلنت')).toContain('أعلنت');
    expect(surfaces('"3.5"')).toContain('٣٫٥');
  });
});

describe('ranking', () => {
  it('past the ranking window, scores only the newest matches but still counts them all', async () => {
    const { searchLibrary } = await import('./search.js');
    const { db, facts } = temp.library as unknown as { db: import('better-sqlite3').Database; facts: import('./article-facts.js').ArticleFacts };
    const full = searchLibrary(db, facts, 'OpenAI', 20);
    const windowed = searchLibrary(db, facts, 'OpenAI', 20, 2);
    expect(windowed.total).toBe(full.total);
    const newestTwo = [...full.hits.map((h) => h.id)].sort((a, b) => b - a).slice(0, 2);
    expect(windowed.hits.map((h) => h.id).sort((a, b) => b - a)).toEqual(newestTwo);
  });

  it('ranks an article whose title holds the word above one that mentions it in passing', () => {
    const hits = temp.library.search('Crossroads OR Identity').hits;
    expect(hits[0]?.title).toMatch(/Crossroads/u);
  });
});
