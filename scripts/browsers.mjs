// Launching the real browsers with the built extension (options from ../shared/reference/toolchain.md),
// serving the demo pages under their real addresses and refusing every other request.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MARKETPLACE_HOST, pageFor } from './pages.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'buyer-clock@buyer-clock.example';
export const FIREFOX_UUID = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

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
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless,
    args: [`--disable-extensions-except=${path}`, `--load-extension=${path}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(lang ? [`--lang=${lang}`] : [])],
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang.replace('-', '_') } } : {}),
    viewport: { width: 1280, height: 860 },
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.fulfill(respond(url));
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId,
    close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Firefox with the extension in `dist` as a temporary add-on; returns { browser, close }. */
export async function launchFirefox(dist) {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
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
        if (url.startsWith('moz-extension://') || url.startsWith('data:')) return request.continue();
        return request.respond(respond(url));
      });
      return page;
    },
    close: () => browser.close(),
  };
}

export function browsersPresent() {
  return { chromium: existsSync(CHROMIUM), firefox: existsSync(FIREFOX) };
}
