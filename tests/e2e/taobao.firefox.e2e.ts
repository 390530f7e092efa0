import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_UUID, launchFirefox } from '../../scripts/browsers.mjs';
import { probeSidebar } from './sidebar-probe';
import { puppeteerTab } from './tab';
import { sidebarReady, taobaoScenarios, TB_SHIPPED_URL } from './taobao-scenarios';

type Firefox = Awaited<ReturnType<typeof launchFirefox>>;

const POPUP = `moz-extension://${FIREFOX_UUID}/src/popup/index.html`;

describe('Firefox, Taobao and Tmall', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist-e2e/firefox');
  });
  afterAll(() => firefox?.close());

  taobaoScenarios({
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
    reset: async () => {
      const page = await firefox.newPage();
      await page.goto(POPUP, { timeout: 3000 }).catch(() => undefined);
      await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 15_000 });
      await page.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.clear());
      await page.close();
    },
    popup: async () => {
      const page = await firefox.newPage();
      await page.goto(POPUP, { timeout: 3000 }).catch(() => undefined);
      await page.waitForSelector('li[data-order]', { timeout: 15_000 });
      return puppeteerTab(page);
    },
  });
});

// The browser's language, not the page's, is the language the sidebar speaks: Firefox in Chinese and in
// Polish, through Debian's language packs.
describe.each([
  ['zh-CN', '收起', '来自页面上的倒计时', /你还有 .+ 来.+——到期后系统自动确认收货，货款打给卖家。/],
  ['pl', 'Zwiń', 'Z licznika na tej stronie', /Masz jeszcze .+, aby .+ — potem odbiór zostanie potwierdzony automatycznie/],
] as const)('Firefox in %s', (locale, hide, fromPage, sentence) => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist-e2e/firefox', { locale });
  });
  afterAll(() => firefox?.close());

  it('speaks the browser\'s language on a Taobao order', async () => {
    const tab = puppeteerTab(await firefox.newPage());
    await tab.goto(TB_SHIPPED_URL);
    await tab.waitFor(sidebarReady);
    await tab.waitFor(() => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelectorAll('[data-clock]').length ?? 0) > 0);
    const sidebar = await tab.run(probeSidebar);
    const hideLabel = await tab.run(() => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.collapse')?.textContent ?? '');
    expect(hideLabel).toBe(hide);
    expect(sidebar.text).toContain(fromPage);
    expect(sidebar.text).toMatch(sentence);
    await tab.close();
  });
});
