// A worker the browser kills, and an extension reloaded under an open page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../../scripts/browsers.mjs';
import { pageFor } from '../../scripts/pages.mjs';
import { CANCEL_URL, SHIPPED_URL } from './scenarios';
import { probeSidebar } from './sidebar-probe';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;
const sidebarReady = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'));

/** Stops every service worker and resolves once ours reports "stopped". */
async function stopWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped')) done();
    });
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

describe('Chromium: the worker\'s life and death', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());
  /** The worker running now: a stopped one's handle is gone, and the one woken since is a new target. */
  const running = () => chromium.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${chromium.extensionId}/`))!;
  /** The running worker; when a test before this one stopped it, a page visit wakes it. */
  const awake = async () => {
    if (running()) return running();
    const woken = chromium.context.waitForEvent('serviceworker', { timeout: 15_000 });
    const page = await chromium.context.newPage();
    await page.goto(CANCEL_URL);
    await woken;
    await page.close();
    return running();
  };

  it('answers the next page after the browser stopped the service worker', async () => {
    const page = await chromium.context.newPage();
    await page.goto(CANCEL_URL);
    await page.waitForFunction(sidebarReady);
    await stopWorker(await chromium.context.newCDPSession(page), chromium.extensionId);
    // A new page's reading wakes the worker, which answers from what it stored before it died.
    await page.goto(SHIPPED_URL);
    await page.waitForFunction(sidebarReady);
    expect((await page.evaluate(probeSidebar)).clocks).toContain('protection');
    await page.goto(CANCEL_URL);
    await page.waitForFunction(sidebarReady);
    expect((await page.evaluate(probeSidebar)).clocks[0]).toBe('cancel-response');
    await page.close();
  });

  it('sends the reminder a page visit planned, though the browser stopped the worker before its alarm', async () => {
    await (await awake()).evaluate(() => chrome.storage.sync.set({
      settings: { schema: 1, leadMinutes: [180], quiet: { enabled: false, start: 1380, end: 480 }, language: 'auto', marketplaces: {} },
    }));
    // The shipped order's page, counting down 3 h 0 min 20 s: its 3-hour reminder is due 20 s from now.
    const url = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000777';
    const html = pageFor(SHIPPED_URL)!.replaceAll('8190000000000311', '8190000000000777').replace('12 days 03:22:11', '0 days 03:00:20');
    await chromium.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const page = await chromium.context.newPage();
    await page.goto(url);
    await page.waitForFunction(sidebarReady);
    const key = 'order:aliexpress:8190000000000777|ae-protection|lead:180';
    // The visit planned an alarm for the reminder, and nothing is shown yet.
    const alarm = await running().evaluate(async () => (await chrome.alarms.get('buyer-clock-next'))?.scheduledTime ?? 0);
    expect(alarm).toBeGreaterThan(Date.now());
    expect(await running().evaluate(() => chrome.notifications.getAll())).toEqual({});
    const cdp = await chromium.context.newCDPSession(page);
    await stopWorker(cdp, chromium.extensionId);
    // From here on, when does our worker run again?
    const wakes: number[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${chromium.extensionId}/`) && v.runningStatus === 'running')) wakes.push(Date.now());
    });
    // Nothing of ours runs now: only the alarm can wake the worker, which then shows the reminder.
    await expect.poll(() => wakes.length, { timeout: 45_000, interval: 250 }).toBeGreaterThan(0);
    expect(wakes[0]).toBeGreaterThanOrEqual(alarm);
    await expect.poll(() => running().evaluate(() => chrome.notifications.getAll()), { timeout: 15_000, interval: 500 })
      .toHaveProperty([`buyer-clock|${key}`]);
    await page.close();
  }, 90_000);
});

// Its own browser: a reloaded extension is not the one the tests above expect to find.
describe('Chromium: an extension reloaded under an open page', () => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  afterAll(() => chromium?.close());

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
