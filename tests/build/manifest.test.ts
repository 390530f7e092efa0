// The built manifests against an allow-list: a new permission, host or exposed file is a deliberate change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts: { matches: string[]; js: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  browser_specific_settings?: { gecko: Record<string, unknown> };
  background: Record<string, unknown>;
};

const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'notifications'];
const ORDER_PAGES = [
  'https://*.aliexpress.com/p/order/*', 'https://*.aliexpress.com/p/tracking/*',
  'https://*.aliexpress.ru/p/order/*', 'https://*.aliexpress.ru/p/tracking/*',
  'https://*.aliexpress.us/p/order/*', 'https://*.aliexpress.us/p/tracking/*',
  'https://trade.aliexpress.com/*', 'https://track.aliexpress.com/*',
  'https://buyertrade.taobao.com/*', 'https://trade.taobao.com/*', 'https://refund2.taobao.com/*', 'https://trade.tmall.com/*',
  'https://trade.1688.com/*', 'https://air.1688.com/app/ctf-page/*', 'https://work.1688.com/*', 'https://dispute.1688.com/*',
];
const originOf = (pattern: string) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*');
// Nothing by default; scripts, styles and images from the extension itself; no plugins, no <base>, no
// framing, no form posts. No connect-src: the extension's pages fetch nothing.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const load = (browser: string): Manifest => JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8'));

describe.each(['chrome', 'firefox'])('built manifest for %s', (browser) => {
  const manifest = load(browser);

  it('asks for no permission beyond the allow-list, and for no host access of its own', () => {
    expect(manifest.permissions ?? []).toEqual(ALLOWED_PERMISSIONS);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions']) expect(manifest[key]).toBeUndefined();
  });

  it('runs content scripts only on marketplace order pages', () => {
    const matches = manifest.content_scripts.flatMap((c) => c.matches);
    expect([...new Set(matches)].sort()).toEqual([...ORDER_PAGES].sort());
  });

  it('exposes only the content scripts\' own chunks, only to those pages', () => {
    for (const entry of manifest.web_accessible_resources ?? []) {
      for (const m of entry.matches) expect(ORDER_PAGES.map(originOf)).toContain(m);
      for (const file of entry.resources) expect(file).toMatch(/^assets\/[\w.-]+\.js$/);
    }
  });

  it('has a strict policy for its own pages', () => {
    expect((manifest.content_security_policy as { extension_pages: string }).extension_pages).toBe(CSP);
  });
});

describe('browser-specific parts', () => {
  it('Chrome runs a module service worker and admits no outside messages', () => {
    const chrome = load('chrome');
    expect(chrome.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(chrome.externally_connectable).toEqual({ ids: [], matches: [] });
  });

  it('Firefox runs background scripts, with an id, a minimum version and no data collection', () => {
    const firefox = load('firefox');
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'buyer-clock@buyer-clock.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});
