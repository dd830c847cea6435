import { describe, expect, it } from 'vitest';
import { Aligner, defaultParameters } from './align-sentences.js';
import { featureCount, linkFeatures, linkScorer } from './link-features.js';

describe('link features', () => {
  const aligner = new Aligner(
    {
      source: ['Der Gipfel liegt auf 4478 m.', 'Wer hat ihn zuerst bestiegen?', 'Edward Whymper, im Jahr 1865.', 'Die Expedition dauerte drei Tage.'],
      target: ['Le sommet se trouve à 4478 m.', 'Qui l’a gravi le premier ?', 'Edward Whymper.', 'C’était en 1865.', 'L’expédition dura trois jours.'],
      sourceLanguage: 'de',
      targetLanguage: 'fr',
    },
    defaultParameters,
  );
  const band = aligner.firstBand();
  const context = aligner.firstContext(band);

  it('scores a link as the weights times its features, in the fast scorer too', () => {
    const weights = Array.from({ length: featureCount }, (_, k) => ((k * 37) % 11) - 5);
    const score = linkScorer(context, weights);
    const features = new Float64Array(featureCount);
    for (const [i0, i1, j0, j1] of [
      [0, 1, 0, 1],
      [2, 3, 2, 4],
      [1, 3, 1, 2],
      [0, 0, 0, 1],
      [3, 4, 4, 4],
      [0, 2, 0, 2],
    ] as const) {
      linkFeatures(context, i0, i1, j0, j1, features);
      const expected = features.reduce((sum, f, k) => sum + f * weights[k]!, 0);
      expect(score(i0, i1, j0, j1)).toBeCloseTo(expected, 9);
    }
  });

  it('sees the shared number, the shared question mark and the split of a sentence', () => {
    const features = new Float64Array(featureCount);
    linkFeatures(context, 0, 1, 0, 1, features);
    expect(features[11]).toBe(1); // 4478 on both sides
    linkFeatures(context, 1, 2, 1, 2, features);
    expect(features[15]).toBe(0); // a question on both sides
    linkFeatures(context, 1, 2, 2, 3, features);
    expect(features[15]).toBe(1);
    expect(aligner.decode(context, band, defaultParameters.weights)).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2, 3] },
      { source: [3], target: [4] },
    ]);
  });
});
