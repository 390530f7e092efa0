import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { aliexpressScenarios, CANCEL_URL } from './scenarios';
import { hostState } from './sidebar-probe';
import { playwrightTab } from './tab';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

describe('Chromium, e2e build', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());

  aliexpressScenarios({
    leaks: () => chromium.leaks(),
    open: async () => playwrightTab(await chromium.context.newPage()),
    stored: () => chromium.worker.evaluate(() => chrome.storage.local.get(null)),
    // The README's picture is refreshed on demand only, so a test run leaves the tree as it found it.
    screenshotTo: process.env.UPDATE_SCREENSHOT ? 'docs/sidebar.png' : 'test-results/sidebar.png',
  });
});

describe('Chromium, shipped build', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist/chrome');
  });
  afterAll(() => chromium?.close());

  it('keeps the sidebar in a closed shadow root', async () => {
    const page = await chromium.context.newPage();
    await page.goto(CANCEL_URL);
    await page.waitForFunction(() => document.querySelector('buyer-clock-sidebar'));
    expect(await page.evaluate(hostState)).toEqual({ sidebar: true, chips: 0, shadowRoot: false });
    const stored = await chromium.worker.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(stored)).toContain('order:aliexpress:8190000000000417');
  });

  it('would notice a request from the worker (the leak detector itself works)', async () => {
    await chromium.worker.evaluate(() => fetch('https://tracker.example/beacon').catch(() => undefined));
    expect(chromium.leaks().map((l) => l.url)).toContainEqual(expect.stringContaining('tracker.example'));
  });
});
