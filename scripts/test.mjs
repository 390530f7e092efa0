// npm test: typecheck, lint, unused-code check, unit tests (three zones, and two years ahead), both builds,
// Firefox's add-on linter, the end-to-end tests in real Chromium and real Firefox in shuffled order, then
// the store packages and their checks.
// Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { ensureBrowsers, ensurePackages } from './ensure-browsers.mjs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const counts = { passed: 0, failed: 0 };
const runs = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${run.status ?? run.signal}).`);
    console.log(`tests: ${counts.passed} passed, ${counts.failed + 1} failed`);
    process.exit(1);
  }
}

function vitest(name, args, json, env, prefix = []) {
  const [cmd, ...rest] = [...prefix, 'npx', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${results}/${json}`];
  step(name, cmd, rest, env);
  const report = JSON.parse(readFileSync(`${results}/${json}`, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  runs.push(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  if (report.numPendingTests || report.numTodoTests) {
    console.error(`✖ ${name}: ${report.numPendingTests + report.numTodoTests} skipped test(s) — a skipped test is a defect.`);
    process.exit(1);
  }
}

try {
  ensureBrowsers();
  ensurePackages(['faketime', 'unzip']);
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
step('unused files, exports and dependencies (knip)', 'npx', ['knip']);
// Deadlines must not depend on the machine's zone: the unit suite runs in two far-apart zones and in one
// half an hour off the hour.
vitest('unit tests (TZ=America/Los_Angeles)', [], 'unit-la.json', { TZ: 'America/Los_Angeles' });
vitest('unit tests (TZ=Asia/Shanghai)', [], 'unit-sh.json', { TZ: 'Asia/Shanghai' });
vitest('unit tests (TZ=Asia/Kolkata)', [], 'unit-kolkata.json', { TZ: 'Asia/Kolkata' });
// Nor on today's date: once more with the whole clock two years ahead (libfaketime, which moves the time
// every process sees — Date, timers and the file system's clock alike — without touching the code).
vitest('unit tests, two years ahead (faketime +2y, TZ=Europe/Warsaw)', [], 'unit-ahead.json', { TZ: 'Europe/Warsaw' }, ['faketime', '-f', '+2y']);
step('build (shipped and e2e flavours)', 'node', ['scripts/build.mjs', '--e2e']);
step('web-ext lint dist/firefox', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output', 'text']);
vitest('checks on the built extensions', ['--config', 'vitest.build.config.ts'], 'build.json');
// Every e2e test stands alone: files and the tests in them run in an order drawn afresh each time.
// E2E_SEED=<seed> replays an order.
const seed = process.env.E2E_SEED ?? String(Math.floor(Math.random() * 1e9));
console.log(`\ne2e shuffle seed: ${seed} (replay with E2E_SEED=${seed} npm test)`);
vitest('end-to-end in real Chromium and real Firefox', ['--config', 'vitest.e2e.config.ts', '--sequence.shuffle.files', '--sequence.shuffle.tests', `--sequence.seed=${seed}`], 'e2e.json');
// What ships: the store zips, checked as the stores would (contents, linter), rebuilt from the sources zip
// byte for byte, and each loaded in its own browser.
step('store packages (npm run package)', 'node', ['scripts/package.mjs', '--skip-rebuild-check']);
vitest('checks on the store packages, and a smoke test of each in its browser', ['--config', 'vitest.release.config.ts'], 'release.json');
console.log(`\n${runs.join('\n')}\ne2e shuffle seed: ${seed}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
