import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron.config.js';
import packageJson from '../../package.json' with { type: 'json' };

const targetsOf = (platform: unknown) => ((platform as { target?: unknown[] } | undefined)?.target ?? []).map(String);

describe('electron-builder configuration', () => {
  it('builds installers for Linux, macOS and Windows', () => {
    expect(targetsOf(config.linux)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetsOf(config.mac)).toContain('dmg');
    expect(targetsOf(config.win)).toContain('nsis');
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/u);
    expect(config.productName).toBe('Parallax');
  });

  it('ships the built app and the sample library, and unpacks the native module from the asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**']));
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'resources/samples', to: 'samples' })]));
    expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringContaining('better-sqlite3')]));
    expect(config.npmRebuild).toBe(true);
  });

  it('has the app’s icons in every size the installers need', () => {
    const pngSize = (path: string) => {
      const bytes = readFileSync(path);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    };
    expect(pngSize(config.mac!.icon as string)).toEqual([1024, 1024]);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(config.linux!.icon as string, `${size}x${size}.png`))).toEqual([size, size]);
    }
  });

  it('points at the entry the build produces', () => {
    expect(packageJson.main).toBe('dist/electron/main.js');
    expect(packageJson.scripts.dist).toContain('--config electron.config.ts');
  });
});
