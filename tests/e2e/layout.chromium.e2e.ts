// Buyer Clock out of the page's way: in its starting state (the panel where the margin allows it, the
// pill otherwise) it covers no price, total, refund box or button of any demo order page, at 1024×700
// and 1366×768. The run also writes screenshots of demo order pages in English, Chinese and Polish,
// light and dark, to docs/screens/.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { PAGES } from '../../scripts/pages.mjs';
import { axeViolations } from './axe';
import { HOUR, isoIn, shippedRecord } from './tracked-orders';
import { DEFAULT_SETTINGS } from '../../src/lib/settings-defaults';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

const SIZES = [{ width: 1024, height: 700 }, { width: 1366, height: 768 }] as const;
/** Every demo page of one order: order pages and refund pages, not lists, verification pages or pages built to attack us. */
const ORDER_PAGES = Object.entries(PAGES).filter(([, file]) => /detail|refund|tmall-/.test(file) && !/anti-bot|not-an-order|^hostile\//.test(file)).map(([url]) => url);
/** One order page per marketplace family, for the screenshots. */
const SHOTS: Record<string, string> = {
  'aliexpress-shipped': 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311',
  'taobao-1105': 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105',
  'tmall-shipped': 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803',
  '1688-shipped': 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000201',
  '1688-refund': 'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000703',
};
const SCREENS = 'docs/screens';

const ready = () => {
  const root = document.querySelector('buyer-clock-sidebar')?.shadowRoot;
  return !!root?.querySelector('.panel, button.tab');
};

/** In the page: what of the page's money, refund details and buttons lies under our UI. */
function covered(): string[] {
  const root = document.querySelector('buyer-clock-sidebar')?.shadowRoot;
  const ours = root?.querySelector('.panel, button.tab')?.getBoundingClientRect();
  if (!ours) return ['no Buyer Clock UI'];
  const hit = (r: DOMRect) => r.width > 0 && r.height > 0 && r.left < ours.right && ours.left < r.right && r.top < ours.bottom && ours.top < r.bottom;
  const found: string[] = [];
  for (const el of document.querySelectorAll('button, a[class*="btn" i], a[class*="button" i], [role="button"]')) {
    if (hit(el.getBoundingClientRect())) found.push(`button “${el.textContent?.trim()}”`);
  }
  const money = /[¥￥$€]\s?\d|\d+[.,]\d{2}\b|zł|退款|合计|实付|总价|Total|Refund/i;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue || !money.test(n.nodeValue)) continue;
    range.selectNodeContents(n);
    if (hit(range.getBoundingClientRect())) found.push(`text “${n.nodeValue.trim().slice(0, 40)}”`);
  }
  return found;
}

/** The side the buyer keeps the sidebar on, for every site at once, as the worker keeps it (undefined: never moved). */
async function keepSide(chromium: Chromium, side: 'left' | 'right' | undefined) {
  const sides = side && Object.fromEntries(['aliexpress.com', 'taobao.com', 'tmall.com', '1688.com'].map((site) => [site, side]));
  await chromium.worker.evaluate((all) => (all ? chrome.storage.local.set({ ui: { schema: 1, sidebarCollapsed: false, sides: all } }) : chrome.storage.local.remove('ui')), sides);
}

/** The colours chosen in the options, saved as the options page saves them. */
async function chooseTheme(chromium: Chromium, theme: 'page' | 'light' | 'dark') {
  await chromium.worker.evaluate((settings) => chrome.storage.sync.set({ settings }), { ...DEFAULT_SETTINGS, theme });
}

/** In the page: which half of the viewport our panel or pill is in, and its colours. */
function placed() {
  const el = document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel, button.tab');
  if (!el) return null;
  const box = el.getBoundingClientRect();
  return { side: box.left + box.width / 2 < innerWidth / 2 ? 'left' : 'right', panel: el.classList.contains('panel'), background: getComputedStyle(el).backgroundColor };
}

/** Opens the panel with the buyer's own click on the pill, if it starts as the pill. */
async function openPanel(tab: Page) {
  await tab.waitForFunction(ready, undefined, { timeout: 15_000 });
  if (await tab.evaluate(() => !document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'))) {
    await tab.locator('buyer-clock-sidebar button.tab').click();
  }
  await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'));
}

describe.each([['en', 'en'], ['zh', 'zh-CN'], ['pl', 'pl']] as const)('Chromium in %s: Buyer Clock out of the page\'s way', (name, lang) => {
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome', { lang });
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(() => chromium?.close());

  if (name === 'en') {
    it.each(SIZES.flatMap((size) => [{ ...size, side: 'right' as const }, { ...size, side: 'left' as const }]))(
      'covers no price, total, refund detail or button of any demo order page at $width×$height, kept on the $side', async ({ side, ...size }) => {
      await keepSide(chromium, side);
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(size);
      const problems: Record<string, string[]> = {};
      for (const url of ORDER_PAGES) {
        await tab.goto(url, { waitUntil: 'load' });
        const shown = await tab.waitForFunction(ready, undefined, { timeout: 15_000 }).then(() => true, () => false);
        const found = shown ? await tab.evaluate(covered) : ['no Buyer Clock UI within 15 s'];
        if (found.length) problems[url] = found;
      }
      expect(problems).toEqual({});
      await tab.close();
      await keepSide(chromium, undefined);
    });

    it('the buyer drags the header (or the pill) to the left with the mouse; the site\'s next page starts on the left', async () => {
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(SIZES[1]);
      await tab.goto(SHOTS['taobao-1105']!, { waitUntil: 'load' });
      await openPanel(tab);
      expect(await tab.evaluate(placed)).toMatchObject({ side: 'right', panel: true });
      // Grabbed by the heading's text, not a button, and let go near the left edge.
      const grip = await tab.evaluate(() => {
        const r = document.querySelector('buyer-clock-sidebar')!.shadowRoot!.querySelector('.panel h2')!.getBoundingClientRect();
        return { x: r.left + 10, y: r.top + r.height / 2 };
      });
      await tab.mouse.move(grip.x, grip.y);
      await tab.mouse.down();
      await tab.mouse.move(grip.x - 400, grip.y, { steps: 8 });
      await tab.mouse.move(150, grip.y, { steps: 8 });
      await tab.mouse.up();
      expect(await tab.evaluate(placed)).toMatchObject({ side: 'left', panel: true });
      await expect.poll(() => chromium.worker.evaluate(async () => ((await chrome.storage.local.get('ui')).ui as { sides?: Record<string, string> } | undefined)?.sides?.['taobao.com'])).toBe('left');
      // The list page is the same site: it is told too. Another order page of it starts on the left.
      await tab.reload({ waitUntil: 'load' });
      await tab.waitForFunction(ready, undefined, { timeout: 15_000 });
      expect((await tab.evaluate(placed))?.side).toBe('left');
      await openPanel(tab);
      expect((await tab.evaluate(placed))?.side).toBe('left');
      // Another site keeps its own side.
      await tab.goto(SHOTS['aliexpress-shipped']!, { waitUntil: 'load' });
      await tab.waitForFunction(ready, undefined, { timeout: 15_000 });
      expect((await tab.evaluate(placed))?.side).toBe('right');
      // And back by the header's button, pressed by the buyer.
      await tab.goto(SHOTS['taobao-1105']!, { waitUntil: 'load' });
      await openPanel(tab);
      await tab.locator('buyer-clock-sidebar button.move').click();
      expect(await tab.evaluate(placed)).toMatchObject({ side: 'right' });
      await expect.poll(() => chromium.worker.evaluate(async () => ((await chrome.storage.local.get('ui')).ui as { sides?: Record<string, string> } | undefined)?.sides?.['taobao.com'])).toBe('right');
      // The pill drags whole, and stays the pill.
      await tab.setViewportSize(SIZES[0]);
      await tab.reload({ waitUntil: 'load' });
      await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab'));
      const pill = await tab.evaluate(() => {
        const r = document.querySelector('buyer-clock-sidebar')!.shadowRoot!.querySelector('button.tab')!.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await tab.mouse.move(pill.x, pill.y);
      await tab.mouse.down();
      await tab.mouse.move(100, pill.y, { steps: 12 });
      await tab.mouse.up();
      expect(await tab.evaluate(placed)).toMatchObject({ side: 'left', panel: false });
      await expect.poll(() => chromium.worker.evaluate(async () => ((await chrome.storage.local.get('ui')).ui as { sides?: Record<string, string> } | undefined)?.sides?.['taobao.com'])).toBe('left');
      await tab.close();
      await keepSide(chromium, undefined);
    });

    it('a page script\'s drag or click on our header moves nothing and hides nothing', async () => {
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(SIZES[1]);
      await tab.goto(SHOTS['taobao-1105']!, { waitUntil: 'load' });
      await openPanel(tab);
      // Handlers run while dispatchEvent runs: what they would do is done when this returns.
      await tab.evaluate(() => {
        const root = document.querySelector('buyer-clock-sidebar')!.shadowRoot!;
        const header = root.querySelector('.panel header')!;
        const at = (type: string, x: number) => header.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 1, clientX: x, clientY: 110, button: 0 }));
        at('pointerdown', 1200);
        at('pointermove', 600);
        at('pointermove', 100);
        at('pointerup', 100);
        root.querySelector<HTMLButtonElement>('button.move')!.click();
        root.querySelector<HTMLButtonElement>('button.collapse')!.click();
      });
      expect(await tab.evaluate(placed)).toMatchObject({ side: 'right', panel: true });
      // The buyer's own press afterwards is answered, and what the worker keeps is that alone.
      await tab.locator('buyer-clock-sidebar button.collapse').click();
      await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab'));
      expect(await chromium.worker.evaluate(async () => ((await chrome.storage.local.get('ui')).ui as { sides?: Record<string, string> } | undefined)?.sides)).toBeUndefined();
      await tab.close();
      await keepSide(chromium, undefined);
    });

    it('the options\' colours switch the sidebar: dark, light and the page\'s own, with no axe violations in either', async () => {
      const options = await chromium.context.newPage();
      await options.goto(`chrome-extension://${chromium.extensionId}/src/options/index.html`);
      await options.getByRole('radio', { name: 'Dark' }).click();
      await options.getByText('Saved.').waitFor();
      expect(await options.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.body).backgroundColor])).toEqual(['dark', 'rgb(31, 31, 36)']);
      expect(await axeViolations((fn, arg) => options.evaluate(fn as never, arg))).toEqual([]);
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(SIZES[1]);
      await tab.goto(SHOTS['taobao-1105']!, { waitUntil: 'load' });
      await openPanel(tab);
      expect((await tab.evaluate(placed))?.background).toBe('rgb(31, 31, 36)');
      expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg), 'buyer-clock-sidebar')).toEqual([]);
      await options.getByRole('radio', { name: 'Light' }).click();
      await expect.poll(() => chromium.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { theme?: string } | undefined)?.theme)).toBe('light');
      await tab.reload({ waitUntil: 'load' });
      await openPanel(tab);
      expect((await tab.evaluate(placed))?.background).toBe('rgb(255, 255, 255)');
      expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg), 'buyer-clock-sidebar')).toEqual([]);
      await options.getByRole('radio', { name: 'Match the page' }).click();
      await expect.poll(() => chromium.worker.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { theme?: string } | undefined)?.theme)).toBe('page');
      await options.close();
      // "Match the page" takes the light demo page's colours, not a dark system's.
      await tab.emulateMedia({ colorScheme: 'dark' });
      await tab.reload({ waitUntil: 'load' });
      await openPanel(tab);
      expect((await tab.evaluate(placed))?.background).toBe('rgb(255, 255, 255)');
      await tab.close();
    });

    it('the popup with 45 orders opens on "Act now", and its first screen shows every order due in 48 h', async () => {
      // Every third order is due within 48 h; the rest later or long overdue.
      const records = Array.from({ length: 45 }, (_, i) => shippedRecord(String(8190000000100000 + i),
        isoIn((i % 3 === 0 ? 46 - i : i % 3 === 1 ? 100 + i : -400 - i) * HOUR), `Order number ${i} with a long enough title`));
      await chromium.worker.evaluate(() => chrome.storage.local.clear());
      await chromium.worker.evaluate((all) => chrome.storage.local.set(Object.fromEntries(all.map((r) => [r.key, r]))), records);
      const tab = await chromium.context.newPage();
      // The largest popup a browser shows is 800×600.
      await tab.setViewportSize({ width: 440, height: 600 });
      await tab.goto(`chrome-extension://${chromium.extensionId}/src/popup/index.html`);
      await tab.waitForFunction(() => document.querySelectorAll('li[data-order]').length >= 45);
      const seen = await tab.evaluate(() => ({
        first: document.querySelector('[data-section]')?.getAttribute('data-section'),
        act: [...document.querySelectorAll('[data-section="act"] li[data-order]')].map((li) => ({
          id: li.getAttribute('data-order'), bottom: li.getBoundingClientRect().bottom,
        })),
        height: window.innerHeight,
      }));
      expect(seen.first).toBe('act');
      expect(seen.act.map((a) => a.id).sort()).toEqual(records.filter((_, i) => i % 3 === 0).map((r) => r.orderId).sort());
      expect(seen.act.filter((a) => a.bottom > seen.height)).toEqual([]);
      await tab.close();
    });

    it('the page\'s first tab stop is "Skip to Buyer Clock", which opens the panel and puts the focus in it', async () => {
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(SIZES[0]);
      await tab.goto(SHOTS['taobao-1105']!, { waitUntil: 'load' });
      await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab'));
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => [document.activeElement?.tagName, document.activeElement?.shadowRoot?.activeElement?.textContent])).toEqual(['BUYER-CLOCK-SKIP', 'Skip to Buyer Clock']);
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(() => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.activeElement?.tagName === 'H2');
      expect(await tab.evaluate(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'))).toBe(true);
      await tab.close();
    });

    it('asks the guard\'s question at the pressed button, over the dimmed page, with no axe violations', async () => {
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(SIZES[0]);
      await tab.goto('https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529', { waitUntil: 'load' });
      await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel, button.tab'));
      await tab.evaluate(() => [...document.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent?.trim() === 'Confirm received')!.click());
      // The safe answer takes the focus once the popover is drawn.
      await tab.waitForFunction(() => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.activeElement?.classList.contains('guard-keep'));
      const placed = await tab.evaluate(() => {
        const pressed = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Confirm received')!.getBoundingClientRect();
        const root = document.querySelector('buyer-clock-sidebar')!.shadowRoot!;
        const box = root.querySelector('.guard-popover')!.getBoundingClientRect();
        return { gap: Math.min(Math.abs(box.top - pressed.bottom), Math.abs(pressed.top - box.bottom)), dim: !!root.querySelector('.dim'), focused: root.activeElement?.textContent };
      });
      expect(placed.gap).toBeLessThan(40);
      expect(placed).toMatchObject({ dim: true, focused: 'Keep my refund open' });
      expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg), 'buyer-clock-sidebar')).toEqual([]);
      await tab.close();
    });

    it('the keyboard command, passed on by the worker, opens the panel and puts the focus in it', async () => {
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(SIZES[0]);
      await tab.goto(SHOTS['taobao-1105']!, { waitUntil: 'load' });
      await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab'));
      // What the worker does on the command (background/index.ts), for the tab in front.
      // Without the tabs permission the worker sees no tab's address: every open tab is told, as only
      // the one this test opened shows an order.
      await chromium.worker.evaluate(async () => {
        for (const open of await chrome.tabs.query({})) await chrome.tabs.sendMessage(open.id!, { type: 'focus-sidebar' }).catch(() => undefined);
      });
      await tab.waitForFunction(() => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.activeElement?.tagName === 'H2');
      await tab.close();
    });

    it('the pill has no axe violations', async () => {
      const tab = await chromium.context.newPage();
      await tab.setViewportSize(SIZES[0]);
      await tab.goto(SHOTS['taobao-1105']!, { waitUntil: 'load' });
      await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('button.tab'));
      expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg), 'buyer-clock-sidebar')).toEqual([]);
      await tab.close();
    });
  }

  it('writes screenshots of demo order pages, light and dark, starting state and opened', async () => {
    const tab = await chromium.context.newPage();
    for (const size of SIZES) {
      await tab.setViewportSize(size);
      for (const scheme of ['light', 'dark'] as const) {
        // The demo pages are light: "dark" is the buyer's choice in the options, as in a dark browser.
        await tab.emulateMedia({ colorScheme: scheme });
        await chooseTheme(chromium, scheme);
        for (const [shot, url] of Object.entries(SHOTS)) {
          await tab.goto(url, { waitUntil: 'load' });
          await tab.waitForFunction(ready, undefined, { timeout: 15_000 });
          const base = `${SCREENS}/${shot}-${name}-${size.width}x${size.height}-${scheme}`;
          await tab.screenshot({ path: `${base}.jpg`, type: 'jpeg', quality: 70 });
          if (size.width === 1366 && scheme === 'light') {
            await tab.evaluate(() => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click());
            await tab.waitForFunction(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'));
            await tab.screenshot({ path: `${base}-open.jpg`, type: 'jpeg', quality: 70 });
            // Moved to the left by the buyer, as the next page of the site then starts.
            if (shot === 'taobao-1105') {
              await keepSide(chromium, 'left');
              await tab.reload({ waitUntil: 'load' });
              await openPanel(tab);
              await tab.screenshot({ path: `${base}-left-open.jpg`, type: 'jpeg', quality: 70 });
              await keepSide(chromium, undefined);
            }
          }
        }
      }
    }
    await chooseTheme(chromium, 'page');
    await tab.close();
  });
});
