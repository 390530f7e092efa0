// @vitest-environment node
// What the stores hold an upload and a listing to, in every language: the manifest's name and
// description (the Chrome Web Store rejects an upload over them), AMO's summary, the pictures' sizes.
// Sources for each limit: docs/store-listing.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, STORES, listing, listingMarkdown } from '../../scripts/listing-text.mjs';

const ROOT = process.cwd();
const locales = readdirSync('public/_locales');
const message = (lang: string, key: string) =>
  (JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>)[key]!.message;
// Characters as a person counts them (a Chinese character is one), not UTF-16 units.
const chars = (s: string) => [...s].length;
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

const LIMITS = {
  /** Microsoft Edge Add-ons and AMO's linter: 45; the Chrome Web Store: 75. */
  name: 45,
  /** Chrome Web Store and Firefox: 132. */
  description: 132,
  shortName: 12,
  amoSummary: 250,
};

describe.each(locales)('the manifest in %s', (lang) => {
  it(`name ≤ ${LIMITS.name} characters, description ≤ ${LIMITS.description}`, () => {
    expect(chars(message(lang, 'extName'))).toBeGreaterThanOrEqual(2);
    expect(chars(message(lang, 'extName'))).toBeLessThanOrEqual(LIMITS.name);
    expect(chars(message(lang, 'extDescription'))).toBeLessThanOrEqual(LIMITS.description);
  });
});

it(`short_name ≤ ${LIMITS.shortName} characters`, () => {
  const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { short_name: string; version?: string };
  expect(chars(manifest.short_name)).toBeLessThanOrEqual(LIMITS.shortName);
  // One version, package.json's: the build puts it into the manifests (vite.config.ts).
  expect(manifest.version).toBeUndefined();
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { version: string; packages: Record<string, { version?: string }> };
  expect([lock.version, lock.packages['']!.version]).toEqual([version, version]);
});

describe('the store listings in docs/store/', () => {
  it('cover every store in English, Chinese and Polish, the interface languages', () => {
    expect([...LANGUAGES].sort()).toEqual([...locales].sort());
    for (const store of STORES) expect(readdirSync(`docs/store/${store}`).sort()).toEqual(LANGUAGES.map((l) => `${l}.md`).sort());
  });

  it.each(STORES.flatMap((s) => LANGUAGES.map((l) => [s, l] as const)))('%s/%s is as scripts/listing-text.mjs writes it (npm run package -- --listing)', (store, lang) => {
    expect(readFileSync(`docs/store/${store}/${lang}.md`, 'utf8')).toBe(listingMarkdown(ROOT, store, lang, version));
  });

  it.each(LANGUAGES)(`AMO's summary in %s ≤ ${LIMITS.amoSummary} characters; Chrome's and Edge's short text is the manifest's`, (lang) => {
    expect(chars(listing(ROOT, 'firefox', lang).short)).toBeLessThanOrEqual(LIMITS.amoSummary);
    expect(listing(ROOT, 'chrome', lang).short).toBe(message(lang, 'extDescription'));
    expect(listing(ROOT, 'edge', lang).short).toBe(message(lang, 'extDescription'));
  });

  it.each(LANGUAGES)('every listing in %s says that nothing leaves the browser and points at the privacy policy', (lang) => {
    const text = listing(ROOT, 'chrome', lang).description;
    expect(text).toContain('PRIVACY.md');
    expect(text).toMatch({ en: /Nothing leaves the browser/, zh_CN: /任何数据都不会离开浏览器/, pl: /Nic nie opuszcza przeglądarki/ }[lang]!);
  });
});

/** Width and height from a PNG's header. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('the pictures in docs/store/', () => {
  it.each(LANGUAGES)('%s: four screenshots at 1280×800 and a 440×280 tile', (lang) => {
    const dir = join('docs/store/screenshots', lang);
    expect(readdirSync(dir).sort()).toEqual(['1-sidebar.png', '2-list-chips.png', '3-guard-question.png', '4-popup.png']);
    for (const file of readdirSync(dir)) expect(pngSize(join(dir, file)), file).toEqual([1280, 800]);
    expect(pngSize(`docs/store/tile-${lang}.png`)).toEqual([440, 280]);
  });

  it('the store icon is the extension\'s 128 px icon', () => {
    expect(pngSize('docs/store/icon-128.png')).toEqual([128, 128]);
    expect(readFileSync('docs/store/icon-128.png').equals(readFileSync('public/icons/icon-128.png'))).toBe(true);
  });
});
