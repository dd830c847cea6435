import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/temp-library.js';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-align-'));
  library = join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function parallax(args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'parallax.js'), ...args], { encoding: 'utf8', env: { ...process.env, PARALLAX_LIBRARY: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

const english = 'Data centres\n\nThe company said on Tuesday that it would invest $1.4 trillion in data centres over eight years. Its chief executive, Maria Lindqvist, called it the largest investment in its history.\n\nShares fell 3% in New York. The first centre will open in Helsinki in 2027.\n';
const french = 'Centres de données\n\nL’entreprise a annoncé mardi qu’elle investirait 14 milliards de dollars dans des centres de données sur huit ans. Sa directrice générale, Maria Lindqvist, a parlé du plus grand investissement de son histoire.\n\nL’action a perdu 3 % à New York. Le premier centre ouvrira à Helsinki en 2027.\n';

describe('parallax align and translation', () => {
  it('aligns two articles and prints links by paragraph and offsets, and findings with each side’s text', () => {
    writeFileSync(join(dir, 'en.txt'), english);
    writeFileSync(join(dir, 'fr.txt'), french);
    const [original, translation] = parallax(['--library', library, 'import', join(dir, 'en.txt'), join(dir, 'fr.txt'), '--json']).json().imported.map((a: { id: number }) => String(a.id));
    const result = parallax(['--library', library, 'align', original, translation, '--json']);
    expect(result.code).toBe(0);
    const { links, findings } = result.json();
    expect(Object.keys(result.json()).sort()).toEqual(['findings', 'links']);
    expect(links).toHaveLength(5);
    for (const link of links) for (const ref of [...link.source, ...link.target]) expect(Object.keys(ref).sort()).toEqual(['end', 'paragraph', 'start']);
    const shown = parallax(['--library', library, 'show', translation, '--json']).json();
    const last = links[4].target[0];
    expect(shown.paragraphs[last.paragraph].text.slice(last.start, last.end)).toBe('Le premier centre ouvrira à Helsinki en 2027.');
    expect(findings).toEqual([
      {
        kind: 'changed',
        source: { paragraph: 1, start: expect.any(Number), end: expect.any(Number), text: '$1.4 trillion' },
        target: { paragraph: 1, start: expect.any(Number), end: expect.any(Number), text: '14 milliards de dollars' },
        detail: expect.stringMatching(/rendered as/u),
      },
    ]);
    const text = parallax(['--library', library, 'align', original, translation]);
    expect(text.stdout).toMatch(/! changed: \$1\.4 trillion is rendered as 14 milliards de dollars/u);
  });

  it('marks and unmarks a translation, and lists pairs', () => {
    writeFileSync(join(dir, 'en.txt'), english);
    writeFileSync(join(dir, 'fr.txt'), french);
    const [original, translation] = parallax(['--library', library, 'import', join(dir, 'en.txt'), join(dir, 'fr.txt'), '--json']).json().imported.map((a: { id: number }) => a.id);
    expect(parallax(['--library', library, 'translation', String(original), String(translation)]).stdout).toMatch(/is marked as a translation/u);
    const listed = parallax(['--library', library, 'translations', String(translation), '--json']).json();
    expect(listed.pairs).toEqual([{ original, translation, pairedAt: expect.any(String) }]);
    expect(parallax(['--library', library, 'translation', String(original), String(translation), '--remove']).code).toBe(0);
    expect(parallax(['--library', library, 'translations', String(original), '--json']).json().pairs).toEqual([]);
    const same = parallax(['--library', library, 'translation', String(original), String(original)]);
    expect(same.code).not.toBe(0);
    expect(same.stderr).toMatch(/its own translation/u);
  });

  it('aligns two files of one sentence per line and prints the benchmark format', () => {
    writeFileSync(join(dir, 'src.txt'), 'The summit is 4478 m high.\nWho climbed it first?\nEdward Whymper, in 1865.\n');
    writeFileSync(join(dir, 'tgt.txt'), 'Le sommet culmine à 4478 m.\nQui l’a gravi le premier ?\nEdward Whymper.\nC’était en 1865.\n');
    const result = parallax(['align', '--src', join(dir, 'src.txt'), '--tgt', join(dir, 'tgt.txt')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('[0]:[0]\n[1]:[1]\n[2]:[2,3]\n');
    const missing = parallax(['align', '--src', join(dir, 'src.txt')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(parallax(['--library', library, 'align', '1']).stderr).toMatch(/two article ids/u);
  });
});
