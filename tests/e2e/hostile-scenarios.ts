// What a hostile page tries, in whichever real browser runs it: flooding the store with made-up orders,
// switching the guard off, taking our roots, telling from our files that Buyer Clock is installed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Tab } from './tab';
import { chipCount } from './sidebar-probe';
import { guardWarningShown, heard, listen, pressForReal, question, type PageButton } from './guard-probe';
import { LIST_URL, REFUND_URL } from './scenarios';
import { HOUR, isoIn, shippedRecord } from './tracked-orders';

export const TB_COMPLETED_URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001111';
const TB_KEY = 'order:taobao:4187000000000001111';
const DUE = '8190000000000001';

export type HostileEnv = {
  open(): Promise<Tab>;
  /** Runs fn with the extension's API (chrome or browser) in one of the extension's own contexts. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** The notifications on screen, where the browser lets a test see them (Chromium's worker). */
  notices?(): Promise<string[]>;
};

/**
 * In the page's own world: every 300 ms the list is redrawn with 100 orders never seen before, as a page
 * that wants to fill the store would. Returns nothing; the page keeps at it until it is closed.
 */
function startFlood() {
  const first = document.querySelector('.order-item')!;
  const box = first.parentElement!;
  let serial = 0;
  setInterval(() => {
    const items = Array.from({ length: 100 }, () => {
      const id = `9${String(serial++).padStart(15, '0')}`;
      const item = first.cloneNode(true) as Element;
      for (const el of item.querySelectorAll('div')) {
        if (el.firstChild?.nodeType === 3 && /^Order ID:/.test(el.firstChild.textContent ?? '')) el.firstChild.textContent = `Order ID: ${id}`;
      }
      for (const a of item.querySelectorAll('a[href*="orderId="]')) a.setAttribute('href', `//www.aliexpress.com/p/order/detail.html?orderId=${id}`);
      return item;
    });
    box.replaceChildren(...items);
  }, 300);
}

export function floodScenarios(env: HostileEnv) {
  it('a page flooding the store adds no more than its pace; another marketplace\'s order stays whole; a reminder still goes out', async () => {
    // Quiet hours off: this run may happen at night, and quiet hours would rightly hold the reminder.
    await env.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      await api.storage.sync.set({
        settings: { schema: 1, leadMinutes: [4320, 1440, 180], quiet: { enabled: false, start: 1380, end: 480 }, language: 'auto', marketplaces: {} },
      });
    });
    const taobao = await env.open();
    await taobao.goto(TB_COMPLETED_URL);
    const stored = (key: string) => env.inExtension(async (k: string) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return (await api.storage.local.get(k))[k] ?? null;
    }, key);
    await expect.poll(() => stored(TB_KEY), { timeout: 15_000 }).not.toBeNull();
    await taobao.close();
    const before = await stored(TB_KEY);
    await env.inExtension((record) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.storage.local.set({ [record.key]: record });
    }, shippedRecord(DUE, isoIn(2 * HOUR), 'Folding desk lamp'));

    // The AliExpress orders already kept (the due one, and any an earlier test in this browser read):
    // the pace is about the orders this tab adds.
    const aliexpressKeys = () => env.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith('order:aliexpress:'));
    });
    const already = new Set(await aliexpressKeys());
    const page = await env.open();
    await page.goto(LIST_URL);
    await page.run(startFlood);
    // New AliExpress orders from this tab: the list's own and the made-up ones.
    const count = async () => (await aliexpressKeys()).filter((k) => !already.has(k)).length;
    // The flood is read and stored, up to the tab's pace (300 new orders a minute).
    await expect.poll(count, { timeout: 20_000, interval: 500 }).toBeGreaterThanOrEqual(300);
    // The reminder for the order due in 2 hours goes out while the page keeps at it.
    await env.inExtension(() => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.alarms.create('buyer-clock-next', { when: Date.now() + 500 });
    });
    await expect.poll(() => env.inExtension(async () => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      const log = (await api.storage.local.get('reminders')).reminders as { sent?: Record<string, string> } | undefined;
      return Object.keys(log?.sent ?? {});
    }), { timeout: 15_000 }).toContain(`order:aliexpress:${DUE}|ae-protection|lead:180`);
    const notices = env.notices;
    if (notices) await expect.poll(notices, { timeout: 15_000 }).toContain(`buyer-clock|order:aliexpress:${DUE}|ae-protection|lead:180`);
    // Seconds more of flooding, within the same minute: nothing beyond the pace.
    await new Promise((done) => setTimeout(done, 3000));
    expect(await count()).toBe(300);
    await page.close();
    expect(await stored(TB_KEY)).toEqual(before);
    expect(await stored(`order:aliexpress:${DUE}`)).not.toBeNull();
  }, 120_000);
}

const CONFIRM: PageButton = { selector: 'button', label: 'Confirm received' };
export const HOSTILE_HOSTS_URL = `${REFUND_URL}&hostile=hosts`;

/**
 * In the page: the shipped build's hosts as a page sees them — empty, unmarked elements that already
 * hold a root it can neither read nor replace (attaching one throws).
 */
export function unmarkedHosts(): number {
  return [...document.querySelectorAll('div:empty, span:empty')].filter((el) => {
    if (el.getAttributeNames().some((n) => n !== 'style') || el.shadowRoot) return false;
    try {
      el.attachShadow({ mode: 'open' });
      return false;
    } catch {
      return true;
    }
  }).length;
}

type Hostile = { constructed: number; stolen: string[] };
const hostileSaw = () => {
  const w = window as unknown as { __constructed: number; __stolen: string[] };
  return { constructed: w.__constructed, stolen: w.__stolen };
};

/** The shipped build (closed roots, unmarked hosts) against a page that knows the old host names. */
export function shippedHostScenarios(env: Pick<HostileEnv, 'open'>) {
  it('a page that defines our old host names first gets no root of ours, and the guard still holds a real click', async () => {
    const tab = await env.open();
    await tab.goto(HOSTILE_HOSTS_URL);
    await tab.waitFor(() => (window as unknown as { __stolen?: unknown }).__stolen !== undefined);
    // The sidebar is up, in a root the page could not pre-empt.
    await tab.waitFor(unmarkedHosts);
    expect(await tab.run(hostileSaw)).toEqual<Hostile>({ constructed: 0, stolen: [] });
    await tab.run(listen, CONFIRM);
    await pressForReal(tab, CONFIRM);
    await tab.run(() => new Promise((done) => setTimeout(done, 300)));
    expect(await tab.run(heard)).toBe('0');
    expect(await tab.run(hostileSaw)).toEqual<Hostile>({ constructed: 0, stolen: [] });
    await tab.close();
  });
}

/** The e2e build (open roots, so the test can see the question) against a page that tries to switch the guard off. */
export function guardOffScenarios(env: Pick<HostileEnv, 'open'>) {
  it('the guard sees a click before the page\'s own listener registered first thing in its head', async () => {
    const tab = await env.open();
    await tab.goto(`${REFUND_URL}&hostile=early`);
    await tab.waitFor(guardWarningShown);
    await pressForReal(tab, CONFIRM);
    await tab.waitFor(question);
    expect(await tab.run(() => (window as unknown as { __earlyHeard: number }).__earlyHeard)).toBe(0);
    await tab.close();
  });

  it('a page marking its own confirm button with our old attribute, or removing our sidebar, does not switch the guard off', async () => {
    const tab = await env.open();
    await tab.goto(REFUND_URL);
    await tab.waitFor(guardWarningShown);
    await tab.run(listen, CONFIRM);
    await tab.run(({ selector, label }: PageButton) => {
      const button = [...document.querySelectorAll(selector)].find((b) => b.textContent?.trim() === label)!;
      button.setAttribute('data-buyer-clock', 'sidebar');
      button.querySelector('span')?.setAttribute('data-buyer-clock', 'sidebar');
      document.querySelector('buyer-clock-sidebar')!.remove();
    }, CONFIRM);
    await pressForReal(tab, CONFIRM);
    // Held, and asked about: the sidebar is back with the question.
    await tab.waitFor(question);
    expect(await tab.run(heard)).toBe('0');
    await tab.close();
  });
}

/** Every file of a built extension, by its path inside it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]);
}

/**
 * In the page's own world: tries every path at the extension's address by fetch() and as a <script>,
 * an <img> and a stylesheet <link>. Returns each attempt that reached a file (a fetch that answered at
 * all, an element whose load event fired); an attempt that errs or never ends reached nothing.
 */
async function reachable({ origin, paths }: { origin: string; paths: string[] }): Promise<string[]> {
  const reached: string[] = [];
  const load = (tag: 'script' | 'img' | 'link', url: string) => new Promise<boolean>((done) => {
    const el = document.createElement(tag);
    el.addEventListener('load', () => done(true));
    el.addEventListener('error', () => done(false));
    setTimeout(() => done(false), 5000);
    if (tag === 'link') (el as HTMLLinkElement).rel = 'stylesheet';
    el.setAttribute(tag === 'link' ? 'href' : 'src', url);
    document.head.append(el);
  });
  await Promise.all(paths.map(async (path) => {
    const url = origin + path;
    try {
      const response = await fetch(url);
      reached.push(`fetch ${path} (${response.status})`);
    } catch {
      // refused: what we want
    }
    for (const tag of ['script', 'img', 'link'] as const) if (await load(tag, url)) reached.push(`<${tag}> ${path}`);
  }));
  return reached.sort();
}

export type ReachEnv = Pick<HostileEnv, 'open'> & {
  /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
  origin: () => string;
  /** The built extension the browser runs (dist-e2e/<browser>). */
  dist: string;
};

/** A page on a matched host cannot fetch or load any file of ours, while our chips and sidebar still appear there. */
export function unreachableFilesScenarios(env: ReachEnv) {
  const paths = filesUnder(env.dist);

  it('a list page can reach none of the extension\'s files, and its chips still appear', async () => {
    const tab = await env.open();
    await tab.goto(LIST_URL);
    expect(await tab.run(reachable, { origin: env.origin(), paths })).toEqual([]);
    // The walk saw the manifest and the page code the worker injects, so all of them were tried.
    expect(paths).toContain('manifest.json');
    expect(paths.filter((p) => p.startsWith('content/')).length).toBeGreaterThan(0);
    await tab.waitFor(chipCount);
    await tab.close();
  }, 60_000);

  it('an order page can reach none of them either, and its sidebar with the guard still appears', async () => {
    const tab = await env.open();
    await tab.goto(REFUND_URL);
    expect(await tab.run(reachable, { origin: env.origin(), paths })).toEqual([]);
    await tab.waitFor(guardWarningShown);
    await tab.close();
  }, 60_000);
}
