// What ships is what is tested: each store zip from release/, unpacked as a store would install it, in a
// real browser. On a demo order page the sidebar's host appears, the reading reaches the store, a
// reminder is planned (the worker's next alarm), and no request leaves the browser. The shipped build
// keeps its shadow roots closed on unmarked hosts, so this looks at the host, storage and alarms, never
// inside the sidebar.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_UUID, launchChromium, launchFirefox } from '../../scripts/browsers.mjs';
import { releaseZips, unzipTo } from '../../scripts/release.mjs';
import { SHIPPED_URL } from '../e2e/scenarios';
import { hostState } from '../e2e/sidebar-probe';
import { unmarkedHosts } from '../e2e/hostile-scenarios';
import { playwrightTab, puppeteerTab, type Tab } from '../e2e/tab';

// The shipped order's page countdown (12 days 03:22:11 on the demo page, counted from when it is read).
const ORDER_KEY = 'order:aliexpress:8190000000000311';
const COUNTDOWN_MS = ((12 * 24 + 3) * 60 + 23) * 60_000;
const NEXT_ALARM = 'buyer-clock-next';

type Alarm = { name: string; scheduledTime: number };
type Browser = {
  open(): Promise<Tab>;
  stored(): Promise<Record<string, unknown>>;
  alarms(): Promise<Alarm[]>;
  leaks(): { via: string; url: string }[];
};

function smoke(env: () => Browser) {
  it('plans nothing before an order is seen', async () => {
    expect((await env().alarms()).map((a) => a.name)).not.toContain(NEXT_ALARM);
  });

  it('on a demo order page: the sidebar host appears, the order is stored, a reminder is planned', async () => {
    const before = Date.now();
    const tab = await env().open();
    await tab.goto(SHIPPED_URL);
    // The shipped build's host: an unmarked element holding a root the page can neither read nor replace,
    // and nothing by a name a page could predict.
    await tab.waitFor(unmarkedHosts);
    expect(await tab.run(hostState)).toEqual({ sidebar: false, chips: 0, shadowRoot: false });
    await expect.poll(async () => Object.keys(await env().stored()), { timeout: 15_000 }).toContain(ORDER_KEY);
    const record = (await env().stored())[ORDER_KEY] as { snapshot: { stage: string } };
    expect(record.snapshot.stage).toBe('shipped');
    await expect.poll(async () => (await env().alarms()).map((a) => a.name), { timeout: 15_000 }).toContain(NEXT_ALARM);
    const next = (await env().alarms()).find((a) => a.name === NEXT_ALARM)!;
    // A reminder (or the badge's change) before the deadline, never after it.
    expect(next.scheduledTime).toBeGreaterThan(before);
    expect(next.scheduledTime).toBeLessThanOrEqual(Date.now() + COUNTDOWN_MS);
    await tab.close();
  });

  it('made no request of its own: nothing left the browser', () => {
    expect(env().leaks()).toEqual([]);
  });
}

describe('Chromium with the Chrome Web Store zip', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  const dir = mkdtempSync(join(tmpdir(), 'buyer-clock-chrome-zip-'));
  beforeAll(async () => {
    chromium = await launchChromium(unzipTo(releaseZips().chrome, dir));
  });
  afterAll(async () => {
    await chromium?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  smoke(() => ({
    open: async () => playwrightTab(await chromium.context.newPage()),
    stored: () => chromium.worker.evaluate(() => chrome.storage.local.get(null)),
    alarms: () => chromium.worker.evaluate(() => chrome.alarms.getAll()),
    leaks: () => chromium.leaks(),
  }));
});

describe('Firefox with the addons.mozilla.org zip', () => {
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  const dir = mkdtempSync(join(tmpdir(), 'buyer-clock-firefox-zip-'));
  beforeAll(async () => {
    firefox = await launchFirefox(unzipTo(releaseZips().firefox, dir));
  });
  afterAll(async () => {
    await firefox?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Firefox has no worker to evaluate in: ask from one of our own pages. */
  async function inExtensionPage<T>(fn: () => Promise<T>): Promise<T> {
    const page = await firefox.newPage();
    // Navigations to moz-extension pages never report "loaded" to the driver; wait for the page instead.
    await page.goto(`moz-extension://${FIREFOX_UUID}/src/popup/index.html`, { timeout: 3000 }).catch(() => undefined);
    await page.waitForFunction(() => typeof (globalThis as { browser?: unknown }).browser === 'object', { timeout: 15_000 });
    const out = await page.evaluate(fn);
    await page.close();
    return out as T;
  }

  smoke(() => ({
    open: async () => puppeteerTab(await firefox.newPage()),
    stored: () => inExtensionPage(() => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get(null)),
    alarms: () => inExtensionPage(() => (globalThis as unknown as { browser: typeof chrome }).browser.alarms.getAll()),
    leaks: () => firefox.leaks(),
  }));
});
