import { describe, expect, it } from 'vitest';
import { loadSampleStory, sharedAvailable } from '../../../scripts/bench/stories-bench.js';
import { baseForms, findEntities, type EntityInput } from './entities.js';

const body = (language: string, text: string): EntityInput => ({ language, kind: 'body', text });

describe('findEntities', () => {
  it('finds capitalised names, names with digits and acronyms, not sentence-initial words', () => {
    const r = findEntities([
      body('en', 'The launch of Gemini 3 by Google surprised analysts. Analysts said the NASA team agreed.'),
      body('en', 'According to analysts, Google and OpenAI compete; the GPT-4o model stays popular.'),
    ]);
    const displays = r.entities.map((e) => e.display);
    expect(displays).toContain('Google');
    expect(displays).toContain('Gemini 3');
    expect(displays).toContain('NASA');
    expect(displays).toContain('OpenAI');
    expect(displays.some((d) => /^(The|According|Analysts)$/.test(d))).toBe(false);
    expect(r.byParagraph[0]).toContain('e:google');
    expect(r.byParagraph[1]).toContain('e:google');
  });

  it('links Hebrew and Cyrillic words to Latin names of the story by sound', () => {
    const r = findEntities([
      body('en', 'Sam Altman said Google and Anthropic are rivals. Later, Altman met Vladimir Putin.'),
      body('en', 'Rivals Google and Anthropic, and Putin again.'),
      body('he', 'סם אלטמן אמר שגוגל ואנתרופיק מתחרות.'),
      body('ru', 'Владимир Путин встретился с Альтманом.'),
    ]);
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    expect(byId.get('e:altman')?.forms).toContain('אלטמן');
    expect(byId.get('e:google')?.forms).toContain('שגוגל');
    expect(byId.get('e:anthropic')?.forms).toContain('ואנתרופיק');
    expect(byId.get('e:putin')?.forms).toContain('Путин');
    expect(r.byParagraph[2]).toEqual(expect.arrayContaining(['e:altman', 'e:google', 'e:anthropic']));
  });

  it('does not take a Hebrew root for a short name', () => {
    // שיפור/לשפר (improve) share the consonants of "Super": a root inflects, a name does not.
    const r = findEntities([
      body('en', 'The Super Bowl ad ran twice. The Super Bowl was watched.'),
      body('he', 'הם מבקשים לשפר את המוצר, בשיפור מתמיד ולשיפור האמינות.'),
    ]);
    expect(r.byParagraph[1]).toEqual([]);
  });

  it('strips attached Hebrew and Arabic prefixes', () => {
    expect(baseForms('לגוגל')).toContain('גוגל');
    expect(baseForms('والطائرة')).toContain('طائرة');
    expect(baseForms('Google')).toEqual(['Google']);
  });

  it.skipIf(!sharedAvailable().sample)('links the sample story\'s names across Hebrew, English and French', () => {
    const story = loadSampleStory();
    const r = findEntities(story.articles.flatMap((a) => a.paragraphs));
    const formsOf = (id: string) => r.entities.find((e) => e.id === id)?.forms ?? [];
    expect(formsOf('e:altman')).toEqual(expect.arrayContaining(['Altman', 'אלטמן']));
    expect(formsOf('e:google')).toEqual(expect.arrayContaining(['Google', 'גוגל']));
    expect(formsOf('e:anthropic')).toEqual(expect.arrayContaining(['Anthropic', 'אנתרופיק']));
    const pachocki = r.entities.find((e) => e.forms.includes('Pachocki'));
    expect(pachocki?.forms).toEqual(expect.arrayContaining(['Pachocki', 'Patchocki', 'פחוצקי']));
    // No Hebrew word is taken for "GPT", "Super" or "Tworek".
    for (const e of r.entities) {
      if (['e:gpt', 'e:bowl', 'e:tworek', 'e:super'].includes(e.id)) expect(e.forms.every((f) => /\p{Script=Latin}/u.test(f))).toBe(true);
    }
  });
});
