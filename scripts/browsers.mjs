// Launching the real browsers with the built extension (Debian's chromium and firefox-esr, see README),
// serving the demo pages under their real addresses and refusing every other request.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MARKETPLACE_HOST, PAGES, pageFor } from './pages.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'buyer-clock@buyer-clock.example';
export const FIREFOX_UUID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

const OWN_SCHEMES = /^(chrome-extension|moz-extension|data|blob|about):/;
// Chromium's own housekeeping, which no extension causes; everything else that reaches the network is
// a leak. (Chromium's route below sees the extension's own requests whatever their host.) Firefox gets
// no such exemption: its housekeeping is switched off instead, so any request at all is flagged.
const CHROMIUM_HOUSEKEEPING = /^(https?:\/\/)?([a-z0-9-]+\.)*(mozilla\.(org|com|net)|firefox\.com|mozilla\.cloud|google\.com|googleapis\.com|gstatic\.com|gvt1\.com)(:\d+)?(\/|$)/;

/**
 * A proxy on the loopback address that answers nothing and writes down every request that reaches it:
 * with the browser pointed at it, any request not answered by the test's own interception — the
 * extension's worker included — is recorded instead of leaving the machine.
 */
async function startSinkhole(leaks, { preconnectHosts = new Set(), housekeeping = /$^/ } = {}) {
  const server = createServer((req, res) => {
    if (!housekeeping.test(req.url ?? '')) leaks.push({ via: 'network', url: req.url ?? '' });
    res.writeHead(403).end();
  });
  // A browser shutting down resets the sockets it still holds; for a sinkhole that is no news, and an
  // unhandled 'error' would fail the whole test run.
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connect', (req, socket) => {
    socket.on('error', () => socket.destroy());
    const preconnect = preconnectHosts.has(req.url ?? '');
    if (!preconnect && !housekeeping.test(req.url ?? '')) leaks.push({ via: 'network', url: `https://${req.url}` });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { port: server.address().port, close: () => new Promise((done) => server.close(done)) };
}

/** Only the top-level load of a demo page is expected (and the browser's own favicon fetch for it). */
function expected(url, isNavigation) {
  return OWN_SCHEMES.test(url) || (isNavigation && Object.hasOwn(PAGES, url)) || new URL(url).pathname === '/favicon.ico';
}

function respond(url) {
  const body = MARKETPLACE_HOST.test(url) ? pageFor(url) : null;
  return body === null
    ? { status: 404, contentType: 'text/plain', body: 'not a demo page' }
    : { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/** Chromium with the extension in `dist`; returns { context, worker, extensionId, close }. */
/** `lang` (e.g. 'zh-CN', 'pl') sets the browser's interface language, which the extension follows. */
export async function launchChromium(dist, { headless = true, lang } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'buyer-clock-chromium-'));
  const path = resolve(dist);
  const leaks = [];
  // Chromium opens a socket to a page's host as it starts navigating, before the route below answers
  // the request itself; every request, the worker's included, still passes through that route.
  const preconnectHosts = new Set(Object.keys(PAGES).map((url) => `${new URL(url).host}:443`));
  const sinkhole = await startSinkhole(leaks, { preconnectHosts, housekeeping: CHROMIUM_HOUSEKEEPING });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless,
    args: [`--disable-extensions-except=${path}`, `--load-extension=${path}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--proxy-server=http://127.0.0.1:${sinkhole.port}`, '--proxy-bypass-list=<-loopback>',
      ...(lang ? [`--lang=${lang}`] : [])],
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_') } } : {}),
    viewport: { width: 1280, height: 860 },
  });
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = request.url();
    if (OWN_SCHEMES.test(url)) return route.continue();
    if (!expected(url, request.isNavigationRequest())) leaks.push({ via: 'page', url });
    return route.fulfill(respond(url));
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId,
    /** Every request that was not the load of a demo page: the extension must make none. */
    leaks: () => [...leaks],
    close: async () => { await context.close(); await sinkhole.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/**
 * Firefox with the extension in `dist` as a temporary add-on; returns { browser, close }. `locale` (e.g.
 * 'pl', 'zh-CN') sets the interface language, which the extension follows; it needs Debian's language
 * pack for it (firefox-esr-l10n-*, see ensure-browsers.mjs).
 */
export async function launchFirefox(dist, { locale } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const leaks = [];
  const sinkhole = await startSinkhole(leaks);
  const proxy = { host: '127.0.0.1', port: sinkhole.port };
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['-remote-allow-system-access'],
    // Remote Settings (firefox.settings.services.mozilla.com) is the one service still calling out under
    // the driver's own prefs; a release build takes another server only with this variable set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1, 'network.proxy.http': proxy.host, 'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': proxy.host, 'network.proxy.ssl_port': proxy.port, 'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // Firefox opens sockets ahead of a navigation the driver then answers itself; without these the
      // sinkhole would see those speculative connections and not know who made them.
      'network.http.speculative-parallel-limit': 0, 'network.predictor.enabled': false,
      'network.dns.disablePrefetch': true, 'network.prefetch-next': false,
      ...(locale ? { 'intl.locale.requested': locale } : {}),
    },
  });
  await browser.installExtension(resolve(dist));
  return {
    browser,
    /** A new tab whose requests are answered from the demo pages. */
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (OWN_SCHEMES.test(url)) return request.continue();
        if (!expected(url, request.isNavigationRequest())) leaks.push({ via: 'page', url });
        return request.respond(respond(url));
      });
      return page;
    },
    leaks: () => [...leaks],
    close: async () => { await browser.close(); await sinkhole.close(); },
  };
}

export function browsersPresent() {
  return { chromium: existsSync(CHROMIUM), firefox: existsSync(FIREFOX) };
}
