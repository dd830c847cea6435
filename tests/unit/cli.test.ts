import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorySummary } from '../../src-main/api/contract.js';
import { markdownCell } from '../../src-main/core/export/markdown-text.js';
import { Library } from '../../src-main/core/library/library.js';
import { repoRoot, sampleFiles, samplesDir } from '../support/temp-library.js';

let dir: string;
let library: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  library = join(dir, 'library.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function parallax(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'parallax.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_LIBRARY: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json: () => JSON.parse(result.stdout) };
}

/** An English article and a French translation that changed one amount; returns their ids. */
function importBudgetPair(): [number, number] {
  const english = join(dir, 'budget-en.txt');
  const french = join(dir, 'budget-fr.txt');
  writeFileSync(english, 'Budget approved\n\nThe council approved the budget on Monday. It will spend 40 million euros on schools.\n\nThe opposition voted against it. A final vote is due in May.\n');
  writeFileSync(french, 'Budget approuvé\n\nLe conseil a approuvé le budget lundi. Il dépensera 4 millions d’euros pour les écoles.\n\nL’opposition a voté contre. Un vote final est prévu en mai.\n');
  return parallax(['--library', library, 'import', english, french, '--json']).json().imported.map((a: { id: number }) => a.id);
}

describe('parallax CLI', () => {
  it('imports, lists, shows, searches and removes with the documented JSON shapes', () => {
    const imported = parallax(['--library', library, 'import', ...sampleFiles, '--json']);
    expect(imported.code).toBe(0);
    const report = imported.json();
    expect(report.imported).toHaveLength(5);
    for (const item of report.imported) expect(Object.keys(item).sort()).toEqual(['id', 'language', 'outlet', 'paragraphs', 'source', 'title']);
    expect(report.imported.map((a: { source: string }) => a.source)).toContain('000_be4929c85bf45a3d.txt');
    expect(report.skipped).toEqual([]);

    const again = parallax(['--library', library, 'import', join(samplesDir, '003_f06ce34e67cddb2b.txt'), '--json']).json();
    expect(again.skipped).toMatchObject([{ source: '003_f06ce34e67cddb2b.txt', reason: 'duplicate', existingId: expect.any(Number) }]);

    const list = parallax(['--library', library, 'list', '--json']).json();
    expect(list).toHaveLength(5);
    expect(Object.keys(list[0]).sort()).toEqual(['id', 'language', 'outlet', 'published', 'source', 'title', 'words']);

    const hebrew = list.find((a: { language: string }) => a.language === 'he');
    const shown = parallax(['--library', library, 'show', String(hebrew.id), '--json']).json();
    expect(Object.keys(shown).sort()).toEqual(['id', 'language', 'outlet', 'paragraphs', 'published', 'source', 'title']);
    expect(shown.paragraphs[0]).toEqual({ index: 0, kind: expect.any(String), language: 'he', text: expect.any(String) });

    const search = parallax(['--library', library, 'search', 'Gemini', '--limit', '2', '--json']).json();
    expect(Object.keys(search).sort()).toEqual(['hits', 'query', 'tookMs', 'total']);
    expect(search.query).toBe('Gemini');
    expect(search.total).toBeGreaterThanOrEqual(3);
    expect(search.hits).toHaveLength(2);
    const hit = search.hits[0];
    expect(Object.keys(hit).sort()).toEqual(['id', 'language', 'matches', 'score', 'snippet', 'source', 'title']);
    const article = parallax(['--library', library, 'show', String(hit.id), '--json']).json();
    for (const match of hit.matches) expect(article.paragraphs[match.paragraph].text.slice(match.start, match.end)).toBe(match.text);

    const removed = parallax(['--library', library, 'remove', String(hebrew.id), '--json']);
    expect(removed.code).toBe(0);
    expect(parallax(['--library', library, 'list', '--json']).json()).toHaveLength(4);
  });

  it('prints the figures of several articles, linked across languages', () => {
    const imported = parallax(['--library', library, 'import', ...sampleFiles, '--json']).json();
    const ids = imported.imported.map((a: { id: number }) => String(a.id));
    const result = parallax(['--library', library, 'figures', ...ids, '--json']);
    expect(result.code).toBe(0);
    const { figures } = result.json();
    expect(Object.keys(result.json())).toEqual(['figures']);
    for (const f of figures) expect(Object.keys(f).sort()).toEqual(['article', 'end', 'group', 'kind', 'paragraph', 'start', 'text', 'unit', 'value']);
    const trillion = figures.filter((f: { kind: string; value: unknown }) => f.kind === 'money' && f.value === 1.4e12);
    expect(new Set(trillion.map((f: { article: number }) => f.article)).size).toBe(2);
    expect(new Set(trillion.map((f: { group: string }) => f.group)).size).toBe(1);
    expect(trillion[0].group).not.toBeNull();
    const shown = parallax(['--library', library, 'show', String(trillion[0].article), '--json']).json();
    expect(shown.paragraphs[trillion[0].paragraph].text.slice(trillion[0].start, trillion[0].end)).toBe(trillion[0].text);
    expect(parallax(['--library', library, 'figures', '999']).code).not.toBe(0);
  });

  it('compares articles and lists stories in the documented shapes', () => {
    const ids = parallax(['--library', library, 'import', ...sampleFiles, '--json']).json().imported.map((a: { id: number }) => String(a.id));
    const result = parallax(['--library', library, 'compare', ...ids, '--json']);
    expect(result.code).toBe(0);
    const comparison = result.json();
    // The documented keys, plus the optional explanations (links, names and their entities).
    expect(Object.keys(comparison).filter((k) => !['links', 'names', 'entities'].includes(k)).sort()).toEqual(['articles', 'coverage', 'figures', 'themes']);
    for (const name of comparison.names) {
      const shown = parallax(['--library', library, 'show', String(name.article), '--json']).json();
      expect(shown.paragraphs[name.paragraph].text.slice(name.start, name.end)).toBe(name.text);
      break;
    }
    expect(comparison.entities.some((e: { articles: number[] }) => e.articles.length === ids.length)).toBe(true);
    expect(comparison.articles.map((a: { id: number }) => String(a.id))).toEqual(ids);
    expect(comparison.themes.length).toBeGreaterThan(1);
    for (const theme of comparison.themes) {
      expect(Object.keys(theme).sort()).toEqual(['anchors', 'id', 'label', 'members']);
      for (const member of theme.members) expect(ids).toContain(String(member.article));
    }
    expect(Object.keys(comparison.coverage).sort()).toEqual(['disagreements', 'matrix', 'onlyOneSource']);
    const stories = parallax(['--library', library, 'stories', '--json']).json();
    expect(stories.flatMap((s: { articleIds: number[] }) => s.articleIds).map(String).sort()).toEqual([...ids].sort());
  });

  it('exports a comparison as HTML, Markdown and CSV files that open and hold every theme', async () => {
    // The library is filled and read in process: each CLI run costs a Node start, and the import is not what is tested here.
    const opened = Library.open(library);
    const ids = (await opened.importPaths(sampleFiles)).imported.map((a) => String(a.id));
    const story = opened.stories()[0] as StorySummary;
    const labels = opened.compare({ story: story.id }).themes.map((t) => t.label);
    opened.close();
    expect(labels.length).toBeGreaterThan(1);

    const htmlPath = join(dir, 'report.html');
    const html = parallax(['--library', library, 'export', '--story', story.id, '--format', 'html', '--out', htmlPath]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(htmlPath);
    const document = new JSDOM(readFileSync(htmlPath, 'utf8')).window.document;
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect([...document.querySelectorAll('.theme-label')].map((e) => e.textContent)).toEqual([...labels, 'Outside any theme']);
    expect(document.querySelector('h1')?.textContent).toBe(story.label);

    // Without --out the file goes to stdout.
    const markdown = parallax(['--library', library, 'export', ...ids, '--format', 'md']);
    expect(markdown.code).toBe(0);
    for (const label of labels) expect(markdown.stdout).toContain(`### ${markdownCell(label)}\n`);

    // --out a folder: the suggested name inside it; --json says where.
    const csv = parallax(['--library', library, 'export', '--story', story.id, '--format', 'csv', '--out', dir, '--json']).json();
    expect(csv).toMatchObject({ out: join(dir, csv.fileName), mimeType: 'text/csv;charset=utf-8' });
    expect(csv.fileName).toMatch(/^parallax-story-.+\.csv$/u);
    const text = readFileSync(csv.out, 'utf8');
    expect(text.startsWith('\uFEFFtable,id,label,')).toBe(true);
    expect(text.split('\r\n').filter((line) => line.startsWith('coverage,'))).toHaveLength(labels.length);

    const unwritable = parallax(['--library', library, 'export', ...ids, '--format', 'md', '--out', join(dir, 'missing', 'x.md')]);
    expect(unwritable.code).not.toBe(0);
    expect(unwritable.stderr).toMatch(/cannot write .*x\.md: ENOENT/u);
  });

  it('refuses an export it cannot make, in one line', () => {
    for (const [args, message] of [
      [['export', '--story', 's1', '--format', 'pdf'], /--format html, md, csv/u],
      [['export', '1', '--format', 'md'], /two or more article ids/u],
      [['export', '1', '2', '--story', 's1', '--format', 'md'], /not both/u],
      [['export', '--story', 'nope', '--format', 'md'], /no story nope/u],
    ] as const) {
      const result = parallax(['--library', library, ...args]);
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('renames, splits, moves and merges stories', () => {
    const ids = parallax(['--library', library, 'import', ...sampleFiles, '--json']).json().imported.map((a: { id: number }) => a.id);
    const [story] = parallax(['--library', library, 'stories', '--json']).json();
    const renamed = parallax(['--library', library, 'stories', 'rename', story.id, 'Code', 'red', '--json']);
    expect(renamed.code).toBe(0);
    expect(renamed.json().story).toMatchObject({ id: story.id, label: 'Code red', edited: true });
    const split = parallax(['--library', library, 'stories', 'split', story.id, String(ids[4]), String(ids[3]), '--json']).json();
    expect(split.story.articleIds).toEqual([ids[3], ids[4]]);
    const moved = parallax(['--library', library, 'stories', 'move', String(ids[0]), split.story.id, '--json']).json();
    expect(moved.stories.find((s: { id: string }) => s.id === story.id).articleIds).toEqual(ids.slice(1, 3));
    const merged = parallax(['--library', library, 'stories', 'merge', story.id, split.story.id]);
    expect(merged.stdout).toMatch(/Merged into story/u);
    const listed = parallax(['--library', library, 'stories', '--json']).json();
    expect(listed).toEqual([{ id: story.id, label: 'Code red', articleIds: [...ids.slice(1, 3), ids[3], ids[4], ids[0]], edited: true }]);
    const wrong = parallax(['--library', library, 'stories', 'merge', story.id, 'nope']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/no story nope/u);
    expect(parallax(['--library', library, 'stories', 'shuffle']).code).not.toBe(0);
  });

  it('uses PARALLAX_LIBRARY when no --library is given', () => {
    expect(parallax(['import', ...sampleFiles], { PARALLAX_LIBRARY: library }).code).toBe(0);
    expect(parallax(['--library', library, 'list', '--json']).json()).toHaveLength(5);
  });

  it('prints human-readable output without --json', () => {
    parallax(['--library', library, 'import', ...sampleFiles]);
    const search = parallax(['--library', library, 'search', 'Gemini']);
    expect(search.stdout).toMatch(/articles match "Gemini"/u);
    expect(search.stdout).toMatch(/\[Gemini\]/u);
  });

  it('fails with a non-zero exit and one clear line on stderr', () => {
    const missing = parallax(['--library', library, 'show', '42']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no article 42/u);
    const badId = parallax(['--library', library, 'show', 'abc']);
    expect(badId.code).not.toBe(0);
    expect(badId.stderr).toMatch(/article id/u);
    const unknown = parallax(['--library', library, 'frobnicate']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command/u);
  });

  it('imports the good files of a partial batch and reports each skipped one', () => {
    const good = join(dir, 'good.txt');
    const empty = join(dir, 'empty.txt');
    writeFileSync(good, 'A title line\n\nA body paragraph with enough words to be an article of its own.\n');
    writeFileSync(empty, '');
    const result = parallax(['--library', library, 'import', good, empty, join(dir, 'missing.txt'), '--json']);
    expect(result.code).toBe(1);
    const report = result.json();
    expect(report.imported.map((a: { source: string }) => a.source)).toEqual(['good.txt']);
    expect(report.skipped.map((s: { reason: string }) => s.reason).sort()).toEqual(['empty', 'not-found']);
  });
  it('aligns an article with its translation in the documented JSON shape, and prints it for people', () => {
    const [original, translation] = importBudgetPair();
    const result = parallax(['--library', library, 'align', String(original), String(translation), '--json']);
    expect(result.code).toBe(0);
    const aligned = result.json();
    expect(Object.keys(aligned).sort()).toEqual(['findings', 'links']);
    const texts = [original, translation].map((id) => parallax(['--library', library, 'show', String(id), '--json']).json().paragraphs.map((p: { text: string }) => p.text));
    const sentence = (side: number) => (s: { paragraph: number; start: number; end: number }) => texts[side]![s.paragraph].slice(s.start, s.end);
    const oneToOne = aligned.links.map((l: { source: unknown[]; target: unknown[] }) => [l.source.map(sentence(0) as never), l.target.map(sentence(1) as never)]);
    expect(oneToOne).toContainEqual([['It will spend 40 million euros on schools.'], ['Il dépensera 4 millions d’euros pour les écoles.']]);
    expect(aligned.findings).toHaveLength(1);
    const [finding] = aligned.findings;
    expect(Object.keys(finding).sort()).toEqual(['detail', 'kind', 'source', 'target']);
    expect(finding.kind).toBe('changed');
    expect(sentence(0)(finding.source)).toBe(finding.source.text);
    expect(finding.target.text).toBe('4 millions d’euros');

    const human = parallax(['--library', library, 'align', String(original), String(translation)]);
    expect(human.stdout).toContain('It will spend 40 million euros on schools.\t⇄\tIl dépensera 4 millions d’euros pour les écoles.');
    expect(human.stdout).toContain('changed:');
  });

  it('marks, lists and unmarks a translation, and refuses an article paired with itself', () => {
    const [original, translation] = importBudgetPair();
    expect(parallax(['--library', library, 'translation', String(original), String(translation), '--json']).json()).toEqual({ pairs: [{ original, translation }] });
    expect(parallax(['--library', library, 'translations', String(translation), '--json']).json()).toEqual({ pairs: [{ original, translation }], proposals: [] });
    expect(parallax(['--library', library, 'translation', String(original), String(translation), '--remove', '--json']).json()).toEqual({ pairs: [] });
    const self = parallax(['--library', library, 'translation', String(original), String(original)]);
    expect(self.code).not.toBe(0);
    expect(self.stderr).toContain('itself');
  });

  it('aligns two files of one sentence per line and prints links in the benchmark format', () => {
    const source = join(dir, 'a.de');
    const target = join(dir, 'a.fr');
    writeFileSync(source, ['Wir stiegen um 5 Uhr auf.', 'Der Gipfel lag auf 4478 Metern, und der Wind war stark.', 'Am Abend kehrten wir zurück.'].join('\n') + '\n');
    writeFileSync(target, ['Nous sommes montés à 5 heures.', 'Le sommet était à 4478 mètres.', 'Le vent était fort.', 'Le soir, nous sommes rentrés.'].join('\n') + '\n');
    const result = parallax(['align', '--src', source, '--tgt', target, '--src-lang', 'de', '--tgt-lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('[0]:[0]\n[1]:[1,2]\n[2]:[3]\n');
    expect(parallax(['align', '--src', source]).code).not.toBe(0);
    expect(parallax(['align', '--src', source, '--tgt', join(dir, 'missing.fr')]).stderr).toContain('cannot read');
  });
});
