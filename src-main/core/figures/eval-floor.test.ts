/**
 * Accuracy floor: scores the extractor on the shared evaluation sets with the rule of
 * `npm run eval:figures` and fails if any set drops below the figures recorded in
 * docs/figures-eval.json. After an improvement, run `npm run eval:figures` to raise the floor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDucklingSets, loadRecognizersSets } from './eval/cases.js';
import { oursSystem } from './eval/ours.js';
import { scoreSet } from './eval/score.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const shared = resolve(root, '../shared/eval');
const recordPath = join(root, 'docs/figures-eval.json');

interface Recorded {
  rows: Array<{ id: string; cases: number; nsCases: number; ours: { right: number; nsRight: number } }>;
}

describe.skipIf(!existsSync(shared) || !existsSync(recordPath))('figure extraction accuracy floor', () => {
  const recorded = JSON.parse(readFileSync(recordPath, 'utf8')) as Recorded;
  const sets = [...loadRecognizersSets(join(shared, 'recognizers')), ...loadDucklingSets(join(shared, 'duckling-he'))];

  it('scores every recorded set', () => {
    expect(sets.map((s) => s.id).sort()).toEqual(recorded.rows.map((r) => r.id).sort());
  });

  for (const set of sets) {
    it(`${set.id} stays at or above its recorded accuracy`, () => {
      const row = recorded.rows.find((r) => r.id === set.id);
      expect(row, 'recorded in docs/figures-eval.json').toBeDefined();
      const score = scoreSet(set, oursSystem);
      expect(score.cases).toBe(row?.cases);
      expect(score.right, `${set.id}: ${score.right}/${score.cases} right, recorded ${row?.ours.right}`).toBeGreaterThanOrEqual(row?.ours.right ?? 0);
      expect(score.nsRight).toBeGreaterThanOrEqual(row?.ours.nsRight ?? 0);
    });
  }
});
