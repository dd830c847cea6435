import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The renderer is one static bundle, served by Electron from disk or by the web harness over HTTP.
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [svelte()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // A strict CSP forbids inline scripts; keep module preload polyfills out of index.html.
    modulePreload: { polyfill: false },
  },
});
