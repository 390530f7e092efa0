// The store zips in release/, as `npm run package` left them: what each holds, that it is a production
// build, one version everywhere, and that Firefox's add-on linter accepts the Firefox one.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFirefoxZip, releaseZips, version } from '../../scripts/release.mjs';
import { readZip, writeZip } from '../../scripts/zip.mjs';
import { referencedFiles } from './references';

const zips = releaseZips();
const entries = (path: string) => readZip(readFileSync(path));
const asMap = (path: string) => new Map(entries(path).map((e) => [e.name, e.data] as const));
const manifestOf = (path: string) => JSON.parse(asMap(path).get('manifest.json')!.toString('utf8'));

describe.each(['chrome', 'edge', 'firefox'] as const)('the %s zip', (store) => {
  const files = asMap(zips[store]);

  it('has the manifest at its root, with the version from package.json', () => {
    expect(manifestOf(zips[store]).version).toBe(version());
  });

  it('holds exactly the files its manifest and pages reference', () => {
    const { referenced, missing } = referencedFiles(files);
    expect(missing).toEqual([]);
    expect([...files.keys()].sort()).toEqual([...referenced].sort());
  });

  it('would notice a stray file, and a referenced file that is missing', () => {
    const popup = manifestOf(zips[store]).action.default_popup;
    const tampered = new Map([...files, ['assets/index.js.map', Buffer.from('{}')]]);
    tampered.delete(popup);
    const { referenced, missing } = referencedFiles(tampered);
    expect(referenced.has('assets/index.js.map')).toBe(false);
    expect(missing).toEqual([`${popup} (referenced by manifest.json)`]);
  });

  it('is a production build: no source maps, our shadow roots closed', () => {
    for (const [name, data] of files) {
      expect(name).not.toMatch(/\.map$/);
      if (name.endsWith('.js')) {
        const text = data.toString('utf8');
        expect(text, name).not.toMatch(/sourceMappingURL/);
        // The e2e flavour opens the sidebar's shadow root so tests can look in; a shipped one never does.
        expect(text, name).not.toMatch(/attachShadow\(\{mode:`open`\}\)|mode:`open`/);
      }
    }
    expect([...files.values()].some((d) => d.toString('utf8').includes('mode:`closed`'))).toBe(true);
  });

  it('every entry has the fixed date and the same permissions', () => {
    for (const e of entries(zips[store])) expect([e.name, e.date, e.time, e.mode.toString(8)]).toEqual([e.name, 33, 0, '100644']);
  });
});

describe('browser-specific packages', () => {
  it('Edge takes the Chrome package as it is', () => {
    expect(readFileSync(zips.edge).equals(readFileSync(zips.chrome))).toBe(true);
  });

  it('Firefox has its id, a minimum version and declares that it collects nothing; Chrome has none of that', () => {
    expect(manifestOf(zips.firefox).browser_specific_settings.gecko).toEqual({
      id: 'buyer-clock@buyer-clock.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] },
    });
    expect(manifestOf(zips.chrome).browser_specific_settings).toBeUndefined();
  });

  it('web-ext lint on the Firefox zip: no errors, and no warning from our own code', () => {
    const lint = lintFirefoxZip(zips.firefox);
    expect(lint.errors).toEqual([]);
    expect(lint.warnings.filter((w) => w.ours)).toEqual([]);
  }, 60_000);

  it('would count an innerHTML of our own as ours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'buyer-clock-lint-probe-'));
    try {
      const manifest = {
        manifest_version: 3, name: 'Lint probe', version: '1.0', background: { scripts: ['bg.js'] },
        browser_specific_settings: { gecko: { id: 'probe@example.org', data_collection_permissions: { required: ['none'] } } },
      };
      writeFileSync(join(dir, 'probe.zip'), writeZip([
        { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest)) },
        { name: 'bg.js', data: Buffer.from('const el=document.createElement("div");el.innerHTML=location.hash;\n') },
      ]));
      const lint = lintFirefoxZip(join(dir, 'probe.zip'));
      expect(lint.warnings.filter((w) => w.ours).map((w) => w.code)).toContain('UNSAFE_VAR_ASSIGNMENT');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('src/ never sets the one thing the linter forgives Preact for (dangerouslySetInnerHTML)', () => {
    const grep = spawnSync('git', ['grep', '-l', 'dangerouslySetInnerHTML', '--', 'src'], { encoding: 'utf8' });
    expect([grep.status, grep.stdout]).toEqual([1, '']); // git grep answers 1 for no match
  });
});

describe('the sources zip', () => {
  const files = asMap(zips.sources);

  it('holds every git-tracked file, the lockfile among them, and BUILD.md', () => {
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).trim().split('\n');
    expect([...files.keys()].sort()).toEqual([...tracked, 'BUILD.md'].sort());
    expect(files.get('package-lock.json')!.equals(readFileSync('package-lock.json'))).toBe(true);
  });

  it('BUILD.md gives the Node and npm versions and the commands, for this version', () => {
    const text = files.get('BUILD.md')!.toString('utf8');
    expect(text).toContain(`# Building Buyer Clock ${version()}`);
    expect(text).toMatch(/Node\.js \d+\.\d+\.\d+/);
    expect(text).toMatch(/npm \d+\.\d+\.\d+/);
    expect(text).toContain('npm ci --no-audit --no-fund\nnpm run build');
    expect(text).toContain(`buyer-clock-${version()}-firefox.zip`);
  });
});
