import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_UUID, launchFirefox } from '../../scripts/browsers.mjs';
import { axeViolations } from './axe';
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

describe('Firefox: the pill, the sidebar and the guard\'s popover pass axe', () => {
  let firefox: Firefox;
  beforeAll(async () => {
    firefox = await launchFirefox('dist-e2e/firefox');
  });
  afterAll(() => firefox?.close());

  it('on a Taobao order and an AliExpress refund', async () => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1024, height: 700 });
    const evaluate: Parameters<typeof axeViolations>[0] = (fn, arg) => page.evaluate(fn as never, arg) as never;
    await page.goto(TB_SHIPPED_URL, { waitUntil: 'load' });
    await page.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab'), { timeout: 15_000 });
    expect(await axeViolations(evaluate, 'buyer-clock-sidebar')).toEqual([]);
    await page.evaluate(() => document.querySelector('buyer-clock-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>('button.tab')!.click());
    await page.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'), { timeout: 15_000 });
    expect(await axeViolations(evaluate, 'buyer-clock-sidebar')).toEqual([]);
    await page.goto('https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529', { waitUntil: 'load' });
    await page.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel, button.tab'), { timeout: 15_000 });
    await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent?.trim() === 'Confirm received')!.click());
    await page.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.guard-popover'), { timeout: 15_000 });
    expect(await axeViolations(evaluate, 'buyer-clock-sidebar')).toEqual([]);
    await page.close();
  });

  it('the header dragged with the real mouse puts the panel on the left on the site\'s next page; "Dark" in the options darkens it, axe clean', async () => {
    const page = await firefox.newPage();
    await page.setViewport({ width: 1366, height: 768 });
    const sidebar = () => {
      const el = document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel, button.tab');
      const box = el?.getBoundingClientRect();
      return el && box ? { side: box.left + box.width / 2 < innerWidth / 2 ? 'left' : 'right', panel: el.classList.contains('panel'), background: getComputedStyle(el).backgroundColor } : null;
    };
    const openPanel = async () => {
      await page.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel, button.tab'), { timeout: 15_000 });
      const pill = await page.evaluate(() => {
        const r = document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab')?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      });
      if (pill) await page.mouse.click(pill.x, pill.y);
      await page.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'), { timeout: 15_000 });
    };
    await page.goto(TB_SHIPPED_URL, { waitUntil: 'load' });
    await openPanel();
    expect(await page.evaluate(sidebar)).toMatchObject({ side: 'right', panel: true });
    const grip = await page.evaluate(() => {
      const r = document.querySelector('buyer-clock-sidebar')!.shadowRoot!.querySelector('.panel h2')!.getBoundingClientRect();
      return { x: r.left + 10, y: r.top + r.height / 2 };
    });
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x - 400, grip.y, { steps: 8 });
    await page.mouse.move(150, grip.y, { steps: 8 });
    await page.mouse.up();
    expect(await page.evaluate(sidebar)).toMatchObject({ side: 'left', panel: true });
    // The worker keeps it; the next page of the site starts there, in the colours chosen in the options.
    const options = await firefox.newPage();
    await options.goto(`moz-extension://${FIREFOX_UUID}/src/options/index.html`, { timeout: 3000 }).catch(() => undefined);
    await options.waitForSelector('input[name="theme"][value="dark"]', { timeout: 15_000 });
    await options.click('input[name="theme"][value="dark"]');
    await options.waitForFunction(() => document.querySelector('section[aria-labelledby="bc-theme"] .saved')?.textContent === 'Saved.', { timeout: 15_000 });
    await page.bringToFront();
    await page.goto(TB_SHIPPED_URL, { waitUntil: 'load' });
    await openPanel();
    expect(await page.evaluate(sidebar)).toEqual({ side: 'left', panel: true, background: 'rgb(31, 31, 36)' });
    expect(await axeViolations((fn, arg) => page.evaluate(fn as never, arg) as never, 'buyer-clock-sidebar')).toEqual([]);
    await options.click('input[name="theme"][value="page"]');
    await options.evaluate(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.remove('ui'));
    await options.close();
    await page.close();
  });
});

// The browser's language, not the page's, is the language the sidebar speaks: Firefox in Chinese and in
// Polish, through Debian's language packs.
describe.each([
  ['zh-CN', '收起', '依据：页面自带的倒计时 · 确切时间', /你需要在.+内.+——到期后系统自动确认收货，货款打给卖家。/],
  ['pl', 'Zwiń', 'Według: licznik na tej stronie · dokładnie', /Masz jeszcze .+, aby .+ — potem odbiór zostanie potwierdzony automatycznie/],
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
