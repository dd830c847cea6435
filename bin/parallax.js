#!/usr/bin/env node
// The CLI is built into dist/ by `npm install` (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/parallax.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('parallax: the CLI is not built yet; run `npm run build:main` in the Parallax folder.\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
