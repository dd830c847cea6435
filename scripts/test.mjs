// `npm test`: builds, type-checks (tsc and svelte-check), runs the unit and integration tests
// (Vitest) and the end-to-end tests (Playwright in Chromium), then prints one closing line for
// all of them: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
if (run('npm', ['run', 'build']) !== 0) process.exit(1);
const typecheck = run('npm', ['run', 'typecheck']);
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const e2e = run('npx', ['playwright', 'test']);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('test-results/unit.json')) {
  const report = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (existsSync('test-results/e2e.json')) {
  const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
if (typecheck !== 0) failed += 1; // the type check counts as one test
else passed += 1;
if ((unit !== 0 || e2e !== 0) && failed === 0) failed = 1; // a runner that crashed counts as a failure
console.log(`\ntype check: exit ${typecheck}; unit: exit ${unit}; end-to-end: exit ${e2e}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(typecheck === 0 && unit === 0 && e2e === 0 ? 0 : 1);
