// One manifest (manifest.json); the Firefox build is derived from it here.
// BUYER_CLOCK_BROWSER picks chrome | firefox; BUYER_CLOCK_FLAVOR=e2e builds a copy whose sidebar shadow
// root is open so real-browser tests can look inside it (the shipped build keeps it closed).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifestSource from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { pageCode } from './scripts/page-code-build.ts';

export const GECKO_ID = 'buyer-clock@buyer-clock.example';

const browser = process.env.BUYER_CLOCK_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const e2e = process.env.BUYER_CLOCK_FLAVOR === 'e2e';

// The version lives in package.json alone; the manifest, the release zips and the listing take it from there.
const manifest = { ...manifestSource, version: pkg.version };

function manifestFor(target: 'chrome' | 'firefox') {
  if (target === 'chrome') return manifest;
  // Firefox has no externally_connectable (web pages cannot message an add-on there at all).
  const { externally_connectable: _unsupported, ...rest } = manifest;
  return {
    ...rest,
    // Firefox runs the same module as an event page's background script.
    background: { scripts: [manifest.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android learned data_collection_permissions in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

// Chunks of the worker and the extension pages by who loads them, not left to the automatic split
// (which made a file per set of importers: a dozen small files, each gzipped on its own). Order pages
// load none of these: their code is one self-contained file each (scripts/page-code-build.ts).
const ids = (re: RegExp) => (id: string) => re.test(id.replace(/\\/g, '/'));
const CHUNK_GROUPS = [
  // The worker and the options page: zod and the schemas built with it. The popup validates nothing
  // (the worker does), so it never loads this.
  { name: 'schemas', priority: 6, test: ids(/\/node_modules\/zod\/|\/src\/lib\/(settings|storage|order-record|manual|messages|page-messages)\.ts$|\/src\/rules\/model\.ts$/) },
  // The worker and both extension pages: the polyfill and the plain helpers they share. Ahead of
  // 'schemas', which would otherwise take them along as its modules' dependencies.
  { name: 'shared', priority: 7, test: ids(/\/node_modules\/webextension-polyfill\/|\/src\/lib\/(browser|time|i18n|evidence|links|manual-ids|settings-defaults|transfer-limits)\.ts$|\/src\/rules\/(rule|vocabulary)\.ts$|\/src\/ui\/(format|sentences)\.ts$/) },
  // The worker: the machine translations of the Chinese marketplaces'
  // words (data only). The rule tables name translated buttons from them; without a chunk of their own
  // they would ride in a reader chunk and bring every reader into the worker.
  { name: 'translations', priority: 8, test: ids(/\/src\/marketplaces\/\w+\/translated\.ts$/) },
  // The worker: which page a message comes from.
  { name: 'detect', priority: 4, test: ids(/\/src\/marketplaces\/(\w+\/)?detect\.ts$|\/src\/marketplaces\/common\/https-url\.ts$/) },
  // What the popup and the options page both load.
  { name: 'pages', priority: 2, test: ids(/\/node_modules\/preact\/|\/src\/ui\/(use-now|extension-page|download)\.ts$|\/src\/popup\/popup\.css/) },
];

const define = { __OPEN_SHADOW__: JSON.stringify(e2e) };
const target = ['chrome120', 'firefox140'];

export default defineConfig({
  plugins: [
    preact(), crx({ manifest: manifestFor(browser) as ManifestV3Export, browser }), pageCode({ define, target }),
  ],
  define,
  build: {
    outDir: `${e2e ? 'dist-e2e' : 'dist'}/${browser}`,
    emptyOutDir: true,
    target,
    minify: true,
    sourcemap: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
});
