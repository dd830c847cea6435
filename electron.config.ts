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
  linux: { target: ['AppImage', 'deb'], category: 'Office' },
  mac: { target: ['dmg'], category: 'public.app-category.news' },
  win: { target: ['nsis'] },
};

export default config;
