// The real browsers (and faketime) come from Debian's packages (no browser downloads here). Install them
// when we can; otherwise stop with the command that would. A browser is never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM, FIREFOX } from './browsers.mjs';

// Firefox takes its interface language from a language pack; the e2e runs Firefox in Chinese and Polish.
const LANGPACKS = join(dirname(realpathOrSelf(FIREFOX)), 'browser', 'extensions');
const PACKAGES = {
  chromium: { path: CHROMIUM, pkg: 'chromium' },
  firefox: { path: FIREFOX, pkg: 'firefox-esr' },
  'firefox-pl': { path: join(LANGPACKS, 'langpack-pl@firefox-esr.mozilla.org.xpi'), pkg: 'firefox-esr-l10n-pl' },
  'firefox-zh-cn': { path: join(LANGPACKS, 'langpack-zh-CN@firefox-esr.mozilla.org.xpi'), pkg: 'firefox-esr-l10n-zh-cn' },
  // Runs the unit suite with the clock moved ahead (scripts/test.mjs).
  faketime: { path: '/usr/bin/faketime', pkg: 'faketime' },
  // Reads the store zips back in the release checks.
  unzip: { path: '/usr/bin/unzip', pkg: 'unzip' },
};

function realpathOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return '/usr/lib/firefox-esr/firefox-esr';
  }
}

export function ensureBrowsers(names = ['chromium', 'firefox', 'firefox-pl', 'firefox-zh-cn']) {
  ensurePackages(names);
}

/** Installs the Debian packages behind these names when they are missing (as root), or says how. */
export function ensurePackages(names) {
  const missing = names.map((n) => PACKAGES[n]).filter((b) => !existsSync(b.path));
  if (missing.length === 0) return;
  const pkgs = missing.map((b) => b.pkg);
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(`Missing: ${missing.map((b) => b.path).join(', ')}.\n` +
      `Install them with: sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n` +
      `(for the browsers, CHROMIUM_PATH / FIREFOX_PATH may point at existing binaries instead).`);
  }
  console.log(`Installing ${pkgs.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
  const still = missing.filter((b) => !existsSync(b.path));
  if (still.length) throw new Error(`apt-get finished but ${still.map((b) => b.path).join(', ')} is still missing.`);
}
