import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_UUID, launchFirefox } from '../../scripts/browsers.mjs';
import { aliexpressScenarios } from './scenarios';
import { puppeteerTab } from './tab';

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;

const POPUP = `moz-extension://${FIREFOX_UUID}/src/popup/index.html`;

describe('Firefox, e2e build', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist-e2e/firefox');
  });
  afterAll(() => firefox?.close());

  aliexpressScenarios({
    leaks: () => firefox.leaks(),
    open: async () => puppeteerTab(await firefox.newPage()),
    // Firefox has no worker to evaluate in: read storage from one of our own pages.
    stored: async () => {
      const page = await firefox.newPage();
      // Navigations to moz-extension pages never report "loaded" to the driver; wait for the page instead.
      await page.goto(POPUP, { timeout: 3000 }).catch(() => undefined);
      await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 15_000 });
      const stored = await page.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(null));
      await page.close();
      return stored;
    },
  });

  it('would notice any request that reaches the network, to a Google or Mozilla host too (the leak detector itself works)', async () => {
    // A browser of its own: the requests it makes on purpose can arrive late, and must not land in the
    // record the other tests read. A tab the test does not answer for: whatever it asks for goes to the
    // network, as a request of the extension's would.
    const own = await launchFirefox('dist-e2e/firefox');
    try {
      const page = await own.browser.newPage();
      for (const url of ['https://www.google.com/generate_204', 'https://addons.mozilla.org/', 'https://tracker.example/beacon']) {
        await page.goto(url, { timeout: 5000 }).catch(() => undefined);
      }
      await page.close();
      const hosts = own.leaks().map((l) => new URL(l.url).hostname);
      expect(hosts).toEqual(expect.arrayContaining(['www.google.com', 'addons.mozilla.org', 'tracker.example']));
    } finally {
      await own.close();
    }
  });

  it('lets an extension page fetch nothing: its policy refuses before any request is made', async () => {
    const before = firefox.leaks().length;
    const page = await firefox.newPage();
    await page.goto(POPUP, { timeout: 3000 }).catch(() => undefined);
    await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 15_000 });
    // Its own styles still apply, from a constructed sheet (the popup's body has no margin).
    await page.waitForFunction(() => getComputedStyle(document.body).marginTop === '0px', { timeout: 10_000 });
    const violated = await page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      await fetch('https://www.google.com/generate_204').catch(() => undefined);
      const img = new Image();
      img.src = 'https://www.google.com/favicon.ico';
      await new Promise((done) => setTimeout(done, 500));
      return seen;
    });
    await page.close();
    expect(violated).toEqual(expect.arrayContaining(['connect-src', 'img-src']));
    expect(firefox.leaks().slice(before)).toEqual([]);
  });
});
