import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAppSettings, writeAppSettings } from './app-settings.js';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-settings-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('app settings', () => {
  it('round-trips the library location through the file', () => {
    const file = join(scratch(), 'nested', 'settings.json');
    expect(readAppSettings(file)).toEqual({});
    writeAppSettings(file, { libraryPath: '/data/research/library.sqlite' });
    expect(readAppSettings(file)).toEqual({ libraryPath: '/data/research/library.sqlite' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ libraryPath: '/data/research/library.sqlite' });
  });

  it('gives the defaults for a broken or hostile file, and refuses to write a relative path', () => {
    const dir = scratch();
    const file = join(dir, 'settings.json');
    writeFileSync(file, '{"libraryPath": 42');
    expect(readAppSettings(file)).toEqual({});
    writeFileSync(file, JSON.stringify({ libraryPath: 'relative/library.sqlite', __proto__: { polluted: true }, extra: 1 }));
    expect(readAppSettings(file)).toEqual({});
    expect(() => writeAppSettings(file, { libraryPath: 'relative.sqlite' })).toThrow(/absolute/u);
  });
});
