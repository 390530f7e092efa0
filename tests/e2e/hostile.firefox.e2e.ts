// Hostile pages in real Firefox (see hostile.chromium.e2e.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { FIREFOX_UUID, launchFirefox } from '../../scripts/browsers.mjs';
import { floodScenarios, guardOffScenarios, shippedHostScenarios, unreachableFilesScenarios } from './hostile-scenarios';
import { puppeteerTab } from './tab';

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;

const POPUP = `moz-extension://${FIREFOX_UUID}/src/popup/index.html`;

describe('Firefox, a page flooding the store', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist-e2e/firefox');
  });
  afterAll(() => firefox?.close());

  floodScenarios({
    open: async () => puppeteerTab(await firefox.newPage()),
    // Firefox has no worker to evaluate in: one of our own pages has the same API.
    inExtension: async (fn, arg) => {
      const page = await firefox.newPage();
      // Navigations to moz-extension pages never report "loaded" to the driver; wait for the page instead.
      await page.goto(POPUP, { timeout: 3000 }).catch(() => undefined);
      await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 15_000 });
      const result = await page.evaluate(fn as never, arg);
      await page.close();
      return result as never;
    },
  });
  guardOffScenarios({ open: async () => puppeteerTab(await firefox.newPage()) });
  unreachableFilesScenarios({
    open: async () => puppeteerTab(await firefox.newPage()),
    origin: () => `moz-extension://${FIREFOX_UUID}/`,
    dist: 'dist-e2e/firefox',
  });
});

describe('Firefox, shipped build, a page that knows our old host names', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist/firefox');
  });
  afterAll(() => firefox?.close());

  shippedHostScenarios({ open: async () => puppeteerTab(await firefox.newPage()) });
});
