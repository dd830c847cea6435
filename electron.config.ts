/**
 * electron-builder configuration (typed). `npm run dist` packages Parallax on a machine with
 * internet access; here, tests/unit/electron-config.test.ts checks its essentials.
 */
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'app.parallax.reader',
  productName: 'Parallax',
  copyright: 'Parallax contributors',
  directories: { output: 'release', buildResources: 'resources/build' },
  files: ['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map'],
  // The sample library ships beside the app, readable from process.resourcesPath/samples.
  extraResources: [{ from: 'resources/samples', to: 'samples', filter: ['**/*'] }],
  // Native modules: rebuilt for Electron's ABI before packaging and kept outside the asar archive,
  // because a .node file cannot be loaded from inside it.
  npmRebuild: true,
  buildDependenciesFromSource: true,
  asarUnpack: ['node_modules/better-sqlite3/**'],
  // Icons are drawn once (resources/build/icon.svg) and rendered to PNG by `npm run icons`;
  // electron-builder makes the .icns and .ico from the 1024-pixel PNG.
  linux: { target: ['AppImage', 'deb'], category: 'Office', icon: 'resources/build/icons' },
  mac: { target: ['dmg'], category: 'public.app-category.news', icon: 'resources/build/icon.png' },
  win: { target: ['nsis'], icon: 'resources/build/icon.png' },
};

export default config;
