// The built manifests against an allow-list: a new permission, host or exposed file is a deliberate change.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_scripts: { matches: string[]; js: string[]; run_at?: string; all_frames?: boolean }[];
  host_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  browser_specific_settings?: { gecko: Record<string, unknown> };
  background: Record<string, unknown>;
};

// scripting: the worker injects the page code (background/inject.ts), which is therefore never web-accessible.
const ALLOWED_PERMISSIONS = ['storage', 'alarms', 'notifications', 'scripting'];
const ORDER_PAGES = [
  'https://*.aliexpress.com/p/order/*', 'https://*.aliexpress.com/p/tracking/*',
  'https://*.aliexpress.ru/p/order/*', 'https://*.aliexpress.ru/p/tracking/*',
  'https://*.aliexpress.us/p/order/*', 'https://*.aliexpress.us/p/tracking/*',
  'https://trade.aliexpress.com/*', 'https://track.aliexpress.com/*',
  'https://buyertrade.taobao.com/*', 'https://trade.taobao.com/*', 'https://refund2.taobao.com/*', 'https://trade.tmall.com/*',
  'https://trade.1688.com/*', 'https://air.1688.com/app/ctf-page/*', 'https://work.1688.com/*', 'https://dispute.1688.com/*',
];
// Nothing by default; scripts, styles and images from the extension itself; no plugins, no <base>, no
// framing, no form posts. No connect-src: the extension's pages fetch nothing.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const load = (dist: string): Manifest => JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));

describe.each(['dist/chrome', 'dist/firefox', 'dist-e2e/chrome', 'dist-e2e/firefox'])('built manifest in %s', (dist) => {
  const manifest = load(dist);

  it('asks for no permission beyond the allow-list, and for hosts only where the content script runs', () => {
    expect(manifest.permissions ?? []).toEqual(ALLOWED_PERMISSIONS);
    // executeScript needs the hosts stated; they are the content scripts' own, so they add none.
    expect(manifest.host_permissions).toEqual(ORDER_PAGES);
    for (const key of ['optional_permissions', 'optional_host_permissions']) expect(manifest[key]).toBeUndefined();
  });

  it('runs one small content script, only on marketplace order pages, in the top frame, at document_start', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [cs] = manifest.content_scripts;
    expect([...new Set(cs!.matches)].sort()).toEqual([...ORDER_PAGES].sort());
    expect(cs!.js).toEqual(['src/content/hook.iife.js']);
    expect(cs!.run_at).toBe('document_start');
    expect(cs!.all_frames).toBe(false);
    for (const file of cs!.js) expect(existsSync(`${dist}/${file}`), file).toBe(true);
  });

  it('exposes nothing to web pages: no web-accessible resource at all', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('has a strict policy for its own pages', () => {
    expect((manifest.content_security_policy as { extension_pages: string }).extension_pages).toBe(CSP);
  });
});

describe('browser-specific parts', () => {
  it('Chrome runs a module service worker and admits no outside messages', () => {
    const chrome = load('dist/chrome');
    expect(chrome.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(chrome.externally_connectable).toEqual({ ids: [], matches: [] });
  });

  it('Firefox runs background scripts, with an id, a minimum version and no data collection', () => {
    const firefox = load('dist/firefox');
    expect(firefox.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    expect(firefox.browser_specific_settings).toEqual({
      gecko: { id: 'buyer-clock@buyer-clock.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});
