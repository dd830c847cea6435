// `npm start`: launches the desktop app where the Electron binary exists, and says plainly what to
// do where it does not (installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have no binary).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
let electronBinary = null;
try {
  electronBinary = require('electron');
} catch {
  electronBinary = null;
}
if (typeof electronBinary !== 'string' || !existsSync(electronBinary)) {
  console.error('The Electron binary is not installed on this machine; run `npm run web` to use Parallax in your browser instead.');
  process.exit(1);
}

// better-sqlite3 in node_modules is built for Node (CLI, tests). Build a second copy for Electron's
// ABI once per Electron version and point the app at it.
const electronVersion = require('electron/package.json').version;
const binding = join('dist', 'native', `electron-${electronVersion}`, 'better_sqlite3.node');
if (!existsSync(binding)) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (once)…`);
  const work = join(tmpdir(), `parallax-sqlite-electron-${electronVersion}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(join('node_modules', 'better-sqlite3'), work, { recursive: true });
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const result = spawnSync(
    process.execPath,
    [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
    { cwd: work, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error('Could not build better-sqlite3 for Electron (the build needs Electron headers from the internet once).');
    process.exit(1);
  }
  mkdirSync(join('dist', 'native', `electron-${electronVersion}`), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
}

const child = spawn(electronBinary, ['.'], { stdio: 'inherit', env: { ...process.env, PARALLAX_SQLITE_BINDING: join(process.cwd(), binding) } });
child.on('exit', (code) => process.exit(code ?? 0));
