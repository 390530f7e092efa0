// One manifest (manifest.json); the Firefox build is derived from it here.
// BUYER_CLOCK_BROWSER picks chrome | firefox; BUYER_CLOCK_FLAVOR=e2e builds a copy whose sidebar shadow
// root is open so real-browser tests can look inside it (the shipped build keeps it closed).
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

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

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(browser) as ManifestV3Export, browser })],
  define: { __OPEN_SHADOW__: JSON.stringify(e2e) },
  build: {
    outDir: `${e2e ? 'dist-e2e' : 'dist'}/${browser}`,
    emptyOutDir: true,
    target: ['chrome120', 'firefox140'],
    minify: true,
    sourcemap: false,
    modulePreload: false,
  },
});
