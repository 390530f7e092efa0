// A worker the browser kills, and an extension reloaded under an open page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { CANCEL_URL, SHIPPED_URL } from './scenarios';
import { probeSidebar } from './sidebar-probe';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;
const sidebarReady = () => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel');

describe('Chromium: the worker\'s life and death', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());

  it('answers the next page after the browser stopped the service worker', async () => {
    const page = await chromium.context.newPage();
    await page.goto(CANCEL_URL);
    await page.waitForFunction(sidebarReady);
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((done) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${chromium.extensionId}/`) && v.runningStatus === 'stopped')) done();
      });
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    // A new page's reading wakes the worker, which answers from what it stored before it died.
    await page.goto(SHIPPED_URL);
    await page.waitForFunction(sidebarReady);
    expect((await page.evaluate(probeSidebar)).clocks).toContain('protection');
    await page.goto(CANCEL_URL);
    await page.waitForFunction(sidebarReady);
    expect((await page.evaluate(probeSidebar)).clocks[0]).toBe('cancel-response');
    await page.close();
  });

  it('goes quiet, without an error in the page, when the extension is reloaded under it', async () => {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(CANCEL_URL);
    await page.waitForFunction(sidebarReady);
    await chromium.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The page changes: the orphaned script notices it can no longer reach its worker and removes itself.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'more orders' })));
    await page.waitForFunction(() => !document.querySelector('buyer-clock-sidebar'), undefined, { timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
