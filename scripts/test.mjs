// npm test: typecheck, lint, unit tests, both builds, Firefox's add-on linter, then the end-to-end tests
// in real Chromium and real Firefox. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
const counts = { passed: 0, failed: 0 };

function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${run.status ?? run.signal}).`);
    console.log(`tests: ${counts.passed} passed, ${counts.failed + 1} failed`);
    process.exit(1);
  }
}

function vitest(name, args, json, env) {
  step(name, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${results}/${json}`], env);
  const report = JSON.parse(readFileSync(`${results}/${json}`, 'utf8'));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  if (report.numPendingTests || report.numTodoTests) {
    console.error(`✖ ${name}: ${report.numPendingTests + report.numTodoTests} skipped test(s) — a skipped test is a defect.`);
    process.exit(1);
  }
}

try {
  ensureBrowsers();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
// Deadlines must not depend on the machine's zone: the unit suite runs in two far-apart zones.
vitest('unit tests (TZ=America/Los_Angeles)', [], 'unit-la.json', { TZ: 'America/Los_Angeles' });
vitest('unit tests (TZ=Asia/Shanghai)', [], 'unit-sh.json', { TZ: 'Asia/Shanghai' });
step('build (shipped and e2e flavours)', 'node', ['scripts/build.mjs', '--e2e']);
step('web-ext lint dist/firefox', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--self-hosted', '--output', 'text']);
vitest('checks on the built extensions', ['--config', 'vitest.build.config.ts'], 'build.json');
vitest('end-to-end in real Chromium and real Firefox', ['--config', 'vitest.e2e.config.ts'], 'e2e.json');
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed`);
