// One manifest (manifest.json); the Firefox build is derived from it here.
// BUYER_CLOCK_BROWSER picks chrome | firefox; BUYER_CLOCK_FLAVOR=e2e builds a copy whose sidebar shadow
// root is open so real-browser tests can look inside it (the shipped build keeps it closed).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { unwrapPreload } from './scripts/unwrap-preload.ts';
import { contentCopies } from './scripts/content-copy.ts';

export const GECKO_ID = 'buyer-clock@buyer-clock.example';

const browser = process.env.BUYER_CLOCK_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const e2e = process.env.BUYER_CLOCK_FLAVOR === 'e2e';

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

// Pure helpers both an order page and the worker/extension pages use: each side bundles its own copy
// (scripts/content-copy.ts), so neither has to fetch them as one more small shared chunk.
const SHARED_PURE = /\/src\/(lib\/(time|i18n|evidence)|ui\/(format|sentences)|rules\/rule)\.ts$/;
const CONTENT_SIDE = /\/src\/(content|sidebar|marketplaces)\/|\/src\/ui\/(TimerItem|NextStep|Guard|BuyerNotes|Unreadable)\.tsx$/;

// Chunks by who loads them, not left to the automatic split (which made a file per set of importers:
// a dozen small files, several fetched one after another, each gzipped on its own). A marketplace page
// takes the content entry and the detectors, then the order page with its chunks side by side, then its
// marketplace's readers and its view (chips or sidebar) side by side; never the schemas or the polyfill.
const ids = (re: RegExp) => (id: string) => re.test(id.replace(/\\/g, '/'));
const CHUNK_GROUPS = [
  // The worker and the extension pages only.
  { name: 'schemas', priority: 5, test: ids(new RegExp(`/node_modules/(zod|webextension-polyfill)/|/src/lib/(browser|settings|transfer-limits)\\.ts$|/src/rules/model\\.ts$|${SHARED_PURE.source}`)) },
  // Every marketplace page and the worker: which page is this.
  { name: 'detect', priority: 4, test: ids(/\/src\/marketplaces\/(\w+\/)?detect\.ts$|\/src\/marketplaces\/common\/https-url\.ts$/) },
  // Order pages and the extension pages.
  { name: 'preact', priority: 2, test: ids(/\/node_modules\/preact\/|\/src\/ui\/use-now\.ts$/) },
  // Order pages: what the marketplaces' readers share, what the order page shares with its views (our
  // shadow hosts, the DOM helpers), and its copies of the pure helpers. Helpers one marketplace alone
  // uses (Taobao's inline-data parsing) stay out, in that marketplace's chunk.
  { name: 'order-common', priority: 1, test: ids(/\/src\/marketplaces\/common\/(?!inline-data|js-string|json-walk|html-text)|\/src\/content\/(shadow-host\.ts|base\.css)|\?content-copy$/) },
];

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(browser) as ManifestV3Export, browser }), unwrapPreload(), contentCopies(SHARED_PURE, CONTENT_SIDE)],
  define: { __OPEN_SHADOW__: JSON.stringify(e2e) },
  build: {
    outDir: `${e2e ? 'dist-e2e' : 'dist'}/${browser}`,
    emptyOutDir: true,
    target: ['chrome120', 'firefox140'],
    minify: true,
    sourcemap: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
});
