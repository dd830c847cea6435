/**
 * Quality floor: aligns the Text+Berg gold with the rule of `npm run eval:align` and fails if
 * strict or lax F1 of any set, or of the seven test sets together, drops below the figures
 * recorded in docs/align-eval.json. After an improvement, run `npm run eval:align` to raise it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alignSentences } from './align-sentences.js';
import { loadTextBerg, textBergAvailable, textBergLanguages, textBergSets } from './eval/textberg.js';
import { scoreAlignments, type AlignmentScore } from './score.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const folder = resolve(root, '../shared/eval/align/textberg-de-fr');
const recordPath = join(root, 'docs/align-eval.json');

interface Recorded {
  rows: Array<{ set: string; ours: AlignmentScore }>;
}

describe.skipIf(!textBergAvailable(folder) || !existsSync(recordPath))('sentence alignment quality floor (skipped when ../shared/eval/align is absent)', () => {
  const recorded = JSON.parse(readFileSync(recordPath, 'utf8')) as Recorded;
  const documents = loadTextBerg(folder, textBergSets);
  const results = documents.map((d) => ({ id: d.id, gold: d.gold, test: alignSentences({ source: d.source, target: d.target, sourceLanguage: textBergLanguages.source, targetLanguage: textBergLanguages.target }) }));
  const sets = [...results.map((r) => ({ set: r.id, pairs: [r] })), { set: 'test', pairs: results.filter((r) => r.id !== 'dev') }];

  it('scores every recorded set, and the test sets together reach the target of 0.85 strict F1', () => {
    expect(sets.map((s) => s.set).sort()).toEqual(recorded.rows.map((r) => r.set).sort());
    expect(scoreAlignments(results.filter((r) => r.id !== 'dev')).f1Strict).toBeGreaterThanOrEqual(0.85);
  });

  for (const { set, pairs } of sets) {
    it(`${set} stays at or above its recorded strict and lax F1`, () => {
      const row = recorded.rows.find((r) => r.set === set);
      expect(row, 'recorded in docs/align-eval.json').toBeDefined();
      const score = scoreAlignments(pairs);
      // The record is rounded to four places.
      expect(score.f1Strict, `${set}: strict F1 ${score.f1Strict.toFixed(4)}, recorded ${row?.ours.f1Strict}`).toBeGreaterThanOrEqual((row?.ours.f1Strict ?? 1) - 5e-5);
      expect(score.f1Lax, `${set}: lax F1 ${score.f1Lax.toFixed(4)}, recorded ${row?.ours.f1Lax}`).toBeGreaterThanOrEqual((row?.ours.f1Lax ?? 1) - 5e-5);
    });
  }
});
