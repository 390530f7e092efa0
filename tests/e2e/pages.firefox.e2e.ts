// The popup and the options page in real Firefox (moz-extension pages; no worker to evaluate in), and a
// hand-tracked Kuaishou order with its 7-day clock. One browser for the whole file; each test starts
// with nothing stored and the default settings.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_UUID, launchFirefox } from '../../scripts/browsers.mjs';
import { axeViolations } from './axe';

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;
const url = (page: string) => `moz-extension://${FIREFOX_UUID}/src/${page}/index.html`;
const WAIT = { timeout: 15_000 };

/** Navigations to moz-extension pages never report "loaded" to the driver: start one, then wait for the page. */
async function open(firefox: Firefox, page: string, ready: string): Promise<Page> {
  const tab = await firefox.newPage();
  await tab.goto(url(page), { timeout: 2000 }).catch(() => undefined);
  await tab.waitForFunction((sel: string) => !!document.querySelector(sel), WAIT, ready);
  return tab;
}

describe('Firefox: popup, options and a hand-tracked order', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist-e2e/firefox');
  });
  beforeEach(async () => {
    const tab = await open(firefox, 'options', 'input[name="market-taobao"]');
    await tab.evaluate(async () => {
      const { storage } = (globalThis as unknown as { browser: typeof chrome }).browser;
      await storage.local.clear();
      await storage.sync.clear();
    });
    await tab.close();
  });
  afterAll(() => firefox?.close());

  it('the popup says what to do when nothing is tracked, and adds a Kuaishou order by hand with its 7-day clock', async () => {
    const tab = await open(firefox, 'popup', '.popup .empty');
    expect(await tab.$eval('.empty', (p) => p.textContent)).toMatch(/^Nothing tracked yet\. Open any of your orders/);
    await tab.click('button.add');
    await tab.waitForSelector('form.add-order select[name="marketplace"]');
    expect(await tab.$eval('select[name="marketplace"]', (s) => (s as HTMLSelectElement).value)).toBe('kuaishou');
    // The stages and events to offer are the worker's answer (preview-manual).
    await tab.waitForSelector('form.add-order select[name="stage"]');
    expect(await tab.$eval('select[name="stage"]', (s) => (s as HTMLSelectElement).value)).toBe('delivered');
    // Delivered two days ago (the buyer's date, typed into the date field).
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
    await tab.$eval('input[name="date"]', (input, value) => void ((input as HTMLInputElement).value = value as string), twoDaysAgo);
    await tab.$eval('input[name="note"]', (input) => void ((input as HTMLInputElement).value = 'Live-stream jacket'));
    await tab.click('form.add-order button[type="submit"]');
    await tab.waitForFunction(() => !!document.querySelector('li[data-key^="manual:"] .rule'), WAIT);
    const item = await tab.$eval('li[data-key^="manual:"]', (li) => li.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(item).toContain('Kuaishou');
    expect(item).toContain('Live-stream jacket');
    expect(item).toContain('Rule: 7 days from 00:00 the day after delivery');
    expect(item).toMatch(/You have (\d+ days? \d+ hr|\d+ days?) left to/);
    expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg))).toEqual([]);
    await tab.close();
  });

  it('the options page saves a setting to storage.sync and switches the interface language', async () => {
    const tab = await open(firefox, 'options', 'input[name="market-taobao"]');
    await tab.click('input[name="market-taobao"]');
    // "Saved." appears beside the control changed.
    await tab.waitForFunction(() => document.querySelector('section[aria-labelledby="bc-markets"] .saved')?.textContent === 'Saved.', WAIT);
    const synced = await tab.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.sync.get('settings'));
    expect((synced.settings as { marketplaces: Record<string, boolean> }).marketplaces.taobao).toBe(false);
    await tab.select('select[name="language"]', 'pl');
    await tab.waitForFunction(() => document.querySelector('h1')?.textContent === 'Ustawienia Buyer Clock', WAIT);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('pl');
    expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg))).toEqual([]);
    await tab.close();
  });
});
