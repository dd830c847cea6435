/**
 * The rooms of the code, checked: the library core imports neither Electron nor the DOM, only the
 * Electron layer imports Electron, the renderer imports nothing from Node and nothing from the main
 * side but the API contract, and transport names are derived from the contract, never typed again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src-main/api/content-security-policy.js';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte|js|mjs)$/u.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gmu)];
  return specifiers.map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]!);
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

describe('code boundaries', () => {
  const mainFiles = sourceFiles('src-main');
  const coreFiles = mainFiles.filter((f) => !f.startsWith(join('src-main', 'electron')));
  const rendererFiles = sourceFiles('src-renderer');

  it('finds the code it checks', () => {
    expect(coreFiles.length).toBeGreaterThan(10);
    expect(rendererFiles.length).toBeGreaterThan(3);
  });

  it('keeps Electron inside src-main/electron', () => {
    const offenders = coreFiles.filter((file) => importsOf(file).some((s) => s === 'electron' || s.startsWith('electron/')));
    expect(offenders).toEqual([]);
  });

  it('keeps the DOM out of the main side', () => {
    // A global DOM object used bare; jsdom's own window (`dom.window`) and a document bound locally
    // from it are a library's objects, not the environment's.
    const usesGlobalDom = (text: string) =>
      /(?<![.\w])(window|navigator|localStorage|sessionStorage)\.\w/u.test(text) ||
      (/(?<![.\w])document\.\w/u.test(text) && !/(const|let|var)\s+document\b|\bdocument:\s*Document\b/u.test(text));
    const offenders = coreFiles.filter((file) => !file.endsWith('.test.ts') && usesGlobalDom(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps Node and the main side out of the renderer, but for the API contract', () => {
    const offenders = rendererFiles.flatMap((file) =>
      importsOf(file)
        .filter((s) => nodeBuiltins.has(s) || s === 'electron' || s === 'better-sqlite3' || (s.includes('src-main/') && !s.endsWith('src-main/api/contract.js') && !s.endsWith('src-main/api/contract')))
        .map((s) => `${file}: ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never types a transport name outside the contract', () => {
    const offenders = [...mainFiles, ...rendererFiles]
      .filter((file) => !file.endsWith(join('api', 'contract.ts')) && !file.endsWith('.test.ts'))
      .filter((file) => /['"`](parallax:[^\s'"`]|\/api\/)/u.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('ships one strict Content-Security-Policy, the same in index.html and in the headers', () => {
    const html = readFileSync(join(root, 'src-renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1];
    expect(meta?.split(/;\s*/u).sort()).toEqual(contentSecurityPolicy.split(/;\s*/u).sort());
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|unsafe-eval|\*/u);
  });
});
