// npm run package: the production builds, then release/buyer-clock-<version>-{chrome,edge,firefox,sources}.zip,
// then the checks a store would make: Firefox's add-on linter over the Firefox zip, and the sources zip
// rebuilt in an empty folder must give the same files byte for byte. Prints each zip's SHA-256.
//   --listing            also refresh the listing pictures in docs/store/ (scripts/listing.mjs)
//   --skip-rebuild-check leave out the rebuild from sources (it runs npm ci; about a minute)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT, buildEnv, lintFirefoxZip, rebuildFromSources, writeReleaseZips } from './release.mjs';

const args = process.argv.slice(2);
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

// Always the shipped flavour, built afresh: never an e2e build or a stale dist/ in a store upload.
console.log('▶ production builds');
const build = spawnSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit', env: buildEnv() });
if (build.status !== 0) fail('the build failed');

// The sources zip takes git's list of files: a new file git does not know yet would be left out.
const untracked = spawnSync('git', ['ls-files', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
if (untracked) console.warn(`⚠ not in git, so not in the sources zip:\n  ${untracked.split('\n').join('\n  ')}`);

console.log('▶ zips');
const zips = writeReleaseZips();
for (const path of Object.values(zips)) {
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  console.log(`  ${sha}  ${relative(ROOT, path)}`);
}

console.log('▶ web-ext lint on the Firefox zip');
const lint = lintFirefoxZip(zips.firefox);
for (const f of [...lint.errors, ...lint.warnings]) console.log(`  ${f.code} ${f.file ?? ''}${f.ours ? '' : ' (Preact\'s runtime)'}`);
if (lint.errors.length) fail(`web-ext lint: ${lint.errors.length} error(s)`);
const ours = lint.warnings.filter((w) => w.ours);
if (ours.length) fail(`web-ext lint: ${ours.length} warning(s) from our own code`);
console.log(`  0 errors, ${lint.warnings.length} warning(s), none from our code`);

if (!args.includes('--skip-rebuild-check')) {
  console.log('▶ the sources zip rebuilds the store zips (empty folder, npm ci, npm run build)');
  const diff = rebuildFromSources(zips, { log: console.log });
  const all = [...diff.firefox.map((d) => `firefox: ${d}`), ...diff.chrome.map((d) => `chrome: ${d}`)];
  if (all.length) fail(`the rebuild from sources differs:\n  ${all.join('\n  ')}`);
  console.log('  identical, byte for byte (Firefox and Chrome)');
}

if (args.includes('--listing')) {
  console.log('▶ listing material (docs/store/)');
  const listing = spawnSync('node', ['scripts/listing.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (listing.status !== 0) fail('the listing material could not be made');
}

console.log(`\ndone in ${seconds()}`);
