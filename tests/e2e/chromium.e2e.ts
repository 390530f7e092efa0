import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { aliexpressScenarios, CANCEL_URL } from './scenarios';
import { hostState } from './sidebar-probe';
import { unmarkedHosts } from './hostile-scenarios';
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
    // An unmarked element holding a root the page can neither read nor replace; no host by our old name.
    await page.waitForFunction(unmarkedHosts);
    expect(await page.evaluate(hostState)).toEqual({ sidebar: false, chips: 0, shadowRoot: false });
    const stored = await chromium.worker.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(stored)).toContain('order:aliexpress:8190000000000417');
  });

  it('would notice any request that is not the load of a demo page, to a Google host too (the leak detector itself works)', async () => {
    // A browser of its own: the requests it makes on purpose can arrive late, and must not land in the
    // record the other tests read.
    const own = await launchChromium('dist/chrome');
    try {
      const page = await own.context.newPage();
      for (const url of ['https://www.google.com/generate_204', 'https://tracker.example/beacon']) await page.goto(url).catch(() => undefined);
      await page.close();
      const hosts = own.leaks().map((l) => new URL(l.url).hostname);
      expect(hosts).toEqual(expect.arrayContaining(['www.google.com', 'tracker.example']));
    } finally {
      await own.close();
    }
  });

  it('lets the worker fetch nothing: its policy refuses before any request is made', async () => {
    const before = chromium.leaks().length;
    const outcome = await chromium.worker.evaluate(() => fetch('https://tracker.example/beacon').then((r) => `answered ${r.status}`, (e: Error) => e.name));
    expect(outcome).toBe('TypeError');
    expect(chromium.leaks().slice(before).map((l) => l.url).filter((u) => u.includes('tracker.example'))).toEqual([]);
  });
});
