// Hostile pages in real Chromium: the shipped build where the page's reach matters, the e2e build where
// the test must look inside.
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { floodScenarios, guardOffScenarios, shippedHostScenarios, unreachableFilesScenarios } from './hostile-scenarios';
import { playwrightTab } from './tab';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

describe('Chromium, a page flooding the store', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());

  floodScenarios({
    open: async () => playwrightTab(await chromium.context.newPage()),
    inExtension: (fn, arg) => chromium.worker.evaluate(fn as never, arg),
    notices: async () => Object.keys(await chromium.worker.evaluate(() => chrome.notifications.getAll())),
  });
  guardOffScenarios({ open: async () => playwrightTab(await chromium.context.newPage()) });
  unreachableFilesScenarios({
    open: async () => playwrightTab(await chromium.context.newPage()),
    origin: () => `chrome-extension://${chromium.extensionId}/`,
    dist: 'dist-e2e/chrome',
  });
});

describe('Chromium, shipped build, a page that knows our old host names', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist/chrome');
  });
  afterAll(() => chromium?.close());

  shippedHostScenarios({ open: async () => playwrightTab(await chromium.context.newPage()) });
});
