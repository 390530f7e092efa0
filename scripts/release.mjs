// What `npm run package` puts in release/ and how it checks it: the store zips made from the production
// builds in dist/, the sources zip AMO asks for, its rebuild in an empty folder, and Firefox's add-on
// linter over the zip itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZip, writeZip } from './zip.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RELEASE = join(ROOT, 'release');
export const version = () => JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** The four files a release is made of, by kind. */
export function releaseZips(v = version()) {
  const name = (kind) => join(RELEASE, `buyer-clock-${v}-${kind}.zip`);
  return { chrome: name('chrome'), edge: name('edge'), firefox: name('firefox'), sources: name('sources') };
}

/** Every file under `dir`, as zip entries named relative to it, in byte order. */
function filesUnder(dir) {
  const out = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
      else throw new Error(`${path}: neither a file nor a folder`);
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Unpack a zip into `dir` (created if needed). */
export function unzipTo(zip, dir) {
  for (const { name, data } of readZip(readFileSync(zip))) {
    const path = join(dir, ...name.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  return dir;
}

const tool = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8' }).trim();

/**
 * The environment a release build runs in: this one without what would change the build's output. Vite
 * builds a development bundle when NODE_ENV says so (vitest sets it to "test"), and the build's own
 * switches (BUYER_CLOCK_*) pick the flavour.
 */
export function buildEnv() {
  const env = { ...process.env, npm_config_update_notifier: 'false' };
  for (const key of Object.keys(env)) if (key === 'NODE_ENV' || key.startsWith('BUYER_CLOCK_') || key.startsWith('VITEST')) delete env[key];
  return env;
}

/** The exact tools this release was built with, as BUILD.md states them. */
function toolVersions() {
  return { node: process.version.replace(/^v/, ''), npm: tool('npm', ['--version']) };
}

/** The commands that rebuild the store files from the sources zip; BUILD.md and the rebuild check both use these. */
const REBUILD = [
  ['npm', ['ci', '--no-audit', '--no-fund']],
  ['npm', ['run', 'build']],
];

function buildMd(v, tools) {
  const commands = REBUILD.map(([cmd, args]) => `${cmd} ${args.join(' ')}`).join('\n');
  return `# Building Buyer Clock ${v} from these sources

These are the sources of the extension, as kept in its git repository, with the lockfile
(\`package-lock.json\`) that pins every package the build uses.

## What you need

- Node.js ${tools.node} (the release was built with it; the project needs Node 20.19 or later)
- npm ${tools.npm}
- Linux, macOS or Windows; no other tools. The build does not reach the network after \`npm ci\`.
- \`NODE_ENV\` unset (or \`production\`): Vite makes a development bundle when it says otherwise.

## Commands

From the folder these sources were unpacked into:

\`\`\`sh
${commands}
\`\`\`

The build writes two folders:

- \`dist/firefox/\` holds exactly the files of \`buyer-clock-${v}-firefox.zip\` (the addons.mozilla.org upload),
  byte for byte;
- \`dist/chrome/\` holds exactly the files of \`buyer-clock-${v}-chrome.zip\` and \`buyer-clock-${v}-edge.zip\`.

\`npm run package\` (after the two commands above) writes those zips themselves into \`release/\`, and
checks that these sources rebuild them.

## What the build does

Vite bundles the TypeScript in \`src/\` (configured in \`vite.config.ts\`) with the @crxjs/vite-plugin into
minified ES modules, one folder per browser; the Firefox manifest is derived from \`manifest.json\` there.
The code is minified, never obfuscated; there are no source maps. Nothing is downloaded at run time and
there is no remote code.
`;
}

/** Git-tracked files of the working tree (what the build above was made from), plus BUILD.md. */
function sourceFiles(v, tools) {
  // "<mode> <object> <stage>\t<path>": git's mode says which scripts are executable (.ci/run).
  const staged = tool('git', ['ls-files', '-s', '-z']).split('\0').filter(Boolean).map((line) => {
    const [meta, name] = line.split('\t');
    return { name, executable: meta.startsWith('100755') };
  });
  const tracked = staged.map((f) => f.name);
  const files = staged.filter(({ name }) => existsSync(join(ROOT, name)))
    .map(({ name, executable }) => ({ name, executable, data: readFileSync(join(ROOT, name)) }));
  if (!tracked.includes('package-lock.json')) throw new Error('package-lock.json is not tracked: the sources zip needs it');
  if (tracked.includes('BUILD.md')) throw new Error('BUILD.md is written by the package step; do not track one');
  return [...files, { name: 'BUILD.md', data: Buffer.from(buildMd(v, tools)) }];
}

/** Writes the four zips from dist/ (which must hold fresh production builds). Returns their paths. */
export function writeReleaseZips() {
  const v = version();
  const zips = releaseZips(v);
  mkdirSync(RELEASE, { recursive: true });
  const chrome = writeZip(filesUnder(join(ROOT, 'dist/chrome')));
  writeFileSync(zips.chrome, chrome);
  // Edge Add-ons takes the Chrome package as it is: same manifest, same files.
  writeFileSync(zips.edge, chrome);
  writeFileSync(zips.firefox, writeZip(filesUnder(join(ROOT, 'dist/firefox'))));
  writeFileSync(zips.sources, writeZip(sourceFiles(v, toolVersions())));
  return zips;
}

/** Same names and same bytes, or a list of what differs. */
function differences(expected, actual) {
  const a = new Map(expected.map((f) => [f.name, f.data]));
  const b = new Map(actual.map((f) => [f.name, f.data]));
  const out = [];
  for (const [name, data] of a) {
    if (!b.has(name)) out.push(`missing from the rebuild: ${name}`);
    else if (!data.equals(b.get(name))) out.push(`differs: ${name}`);
  }
  for (const name of b.keys()) if (!a.has(name)) out.push(`only in the rebuild: ${name}`);
  return out;
}

/**
 * Unpacks the sources zip into an empty folder, runs BUILD.md's commands there and compares the rebuilt
 * dist/firefox and dist/chrome with the store zips, file by file and byte for byte.
 */
export function rebuildFromSources(zips = releaseZips(), { log = () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'buyer-clock-sources-'));
  try {
    unzipTo(zips.sources, dir);
    for (const [cmd, args] of REBUILD) {
      log(`  (in ${dir}) ${cmd} ${args.join(' ')}`);
      // No --prefer-offline in BUILD.md; here npm may use its cache, which only saves downloads.
      const run = spawnSync(cmd, cmd === 'npm' && args[0] === 'ci' ? [...args, '--prefer-offline'] : args, {
        cwd: dir, encoding: 'utf8', env: buildEnv(),
      });
      if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in the unpacked sources:\n${run.stdout}\n${run.stderr}`);
    }
    return {
      firefox: differences(readZip(readFileSync(zips.firefox)), filesUnder(join(dir, 'dist/firefox'))),
      chrome: differences(readZip(readFileSync(zips.chrome)), filesUnder(join(dir, 'dist/chrome'))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Preact's own handling of dangerouslySetInnerHTML, which the linter sees in the bundled runtime; our
// code never sets that prop (tests/release/store-checks.test.ts holds src/ to it).
const PREACT_INNER_HTML = /\w\.innerHTML=\w+\.__html/;

/**
 * Firefox's add-on linter (web-ext lint, as AMO runs it on upload) over the files of the Firefox zip.
 * Returns its findings, each marked `ours: false` when it is Preact's runtime code.
 */
export function lintFirefoxZip(zip = releaseZips().firefox) {
  const dir = unzipTo(zip, mkdtempSync(join(tmpdir(), 'buyer-clock-lint-')));
  try {
    const run = spawnSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, WEB_EXT_UPDATE_NOTIFIER: 'false' },
    });
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    const mark = (finding) => {
      const text = finding.file && existsSync(join(dir, finding.file)) ? readFileSync(join(dir, finding.file), 'utf8').split('\n')[(finding.line ?? 1) - 1] ?? '' : '';
      const around = text.slice(Math.max(0, (finding.column ?? 0) - 40), (finding.column ?? 0) + 40);
      const preact = finding.code === 'UNSAFE_VAR_ASSIGNMENT' && PREACT_INNER_HTML.test(around);
      return { code: finding.code, message: finding.message, file: finding.file, ours: !preact };
    };
    return { errors: report.errors.map(mark), warnings: report.warnings.map(mark), notices: report.notices.map(mark) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
