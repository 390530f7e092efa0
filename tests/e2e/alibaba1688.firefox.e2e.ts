import { afterAll, beforeAll, describe } from 'vitest';
import { FIREFOX_UUID, launchFirefox } from '../../scripts/browsers.mjs';
import { alibaba1688Scenarios } from './alibaba1688-scenarios';
import { puppeteerTab } from './tab';

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;

const POPUP = `moz-extension://${FIREFOX_UUID}/src/popup/index.html`;

describe('Firefox, 1688', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist-e2e/firefox');
  });
  afterAll(() => firefox?.close());

  alibaba1688Scenarios({
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
});
