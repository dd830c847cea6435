// Bundles the main-side entry points with esbuild. npm packages stay external (installed beside the
// app). Everything is an ES module (a dependency uses top-level await) except Electron's preload,
// which must be CommonJS because sandboxed preloads cannot load ES modules. The import pool's
// worker (src-main/core/library/analysis-worker.ts) is bundled beside each entry that may start
// it, where the pool looks for it: the packaged app ships dist/electron only.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, packages: 'external', logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    format: 'esm',
    entryPoints: {
      'cli/parallax': 'src-main/cli/parallax.ts',
      'web/server': 'src-main/web/main.ts',
      'electron/main': 'src-main/electron/main.ts',
      ...Object.fromEntries(['cli', 'web', 'electron'].map((dir) => [`${dir}/analysis-worker`, 'src-main/core/library/analysis-worker.ts'])),
    },
    outdir: 'dist',
  }),
  // The preload runs sandboxed, where only `electron` can be required: bundle everything else in.
  build({ ...common, packages: undefined, external: ['electron'], format: 'cjs', entryPoints: { 'electron/preload': 'src-main/electron/preload.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } }),
]);
