import { describe, expect, it } from 'vitest';
import { buildAnchors, lightStem, type StoryParagraph } from './anchors.js';

const p = (article: number, paragraph: number, language: string, text: string): StoryParagraph => ({ article, paragraph, kind: 'body', language, text });

describe('buildAnchors', () => {
  it('links figures across languages and weighs rare anchors over common ones', () => {
    const story = buildAnchors([
      p(1, 0, 'en', 'OpenAI signed contracts worth $1.4 trillion with Nvidia.'),
      p(1, 1, 'en', 'OpenAI hired engineers in London.'),
      p(2, 0, 'he', 'OpenAI התחייבה ל־1.4 טריליון דולר.'),
      p(2, 1, 'he', 'OpenAI גייסה מהנדסים.'),
    ]);
    const money = [...story.info.values()].find((i) => i.kind === 'figure' && i.display.includes('1.4'));
    expect(money?.articles).toBe(2);
    expect(story.paragraphs[0]!.anchors.has(money!.key)).toBe(true);
    expect(story.paragraphs[2]!.anchors.has(money!.key)).toBe(true);
    // A name in every paragraph says nothing.
    expect(story.info.get('e:openai')!.weight).toBeLessThan(money!.weight / 4);
  });

  it('finds cognates only between Latin-script languages', () => {
    const story = buildAnchors([p(1, 0, 'fr', 'Une manœuvre stratégique et risquée.'), p(2, 0, 'en', 'A strategic and risky move.')]);
    const shared = [...story.paragraphs[0]!.cognates.keys()].filter((k) => story.paragraphs[1]!.cognates.has(k));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keeps headings and junk out of the weights', () => {
    const story = buildAnchors([{ ...p(1, 0, 'en', 'Heading about Google'), kind: 'heading' }, p(1, 1, 'en', 'We think Google is big.'), p(1, 2, 'en', 'We think Apple is big too.')]);
    expect(story.info.get('e:google')!.paragraphs).toBe(1);
  });
});

describe('lightStem', () => {
  it('removes Hebrew and Arabic affixes, keeping three letters', () => {
    expect(lightStem('והחברות')).toBe('חבר');
    expect(lightStem('والطائره')).toBe('طائر'); // folded, as the tokeniser gives it
    expect(lightStem('טס')).toBe('טס');
    // Folded, as the tokeniser gives them: final letters are ordinary ones.
    expect(lightStem('המודלימ')).toBe('מודל');
    expect(lightStem('טכנולוגיות')).toBe('טכנולוג');
    expect(lightStem('model')).toBe('model');
  });
});
