// What a buyer must see on AliExpress, in whichever real browser runs it.
import { expect, it } from 'vitest';
import { expectGuardHolds, guardWarningShown } from './guard-probe';
import { chipLabelBeside, chipTexts, clickShowMe, hostState, probeSidebar, spotlightAround } from './sidebar-probe';
import type { Tab } from './tab';
import { servedIso } from '../../scripts/demo-dates.mjs';
import { pageFor } from '../../scripts/pages.mjs';

export const CANCEL_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
export const SHIPPED_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311';
export const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
export const REFUND_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529';
// As AliExpress serves them in 2026 (Brazil, English interface).
export const TRANSIT_2026_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000002602';
export const LIST_2026_URL = 'https://pt.aliexpress.com/p/order/index.html';

type Env = {
  open(): Promise<Tab>;
  /** Everything the extension keeps in storage.local. */
  stored(): Promise<Record<string, unknown>>;
  /** Requests that were not the load of a demo page (recorded by scripts/browsers.mjs). */
  leaks(): { via: string; url: string }[];
  screenshotTo?: string;
};

const PACIFIC = 'America/Los_Angeles';
/**
 * In the page, as a single-page app moves on: a new address through the history API and another page's
 * body drawn in place, without a navigation.
 */
function moveInPage({ url, html }: { url: string; html: string }): void {
  const next = new DOMParser().parseFromString(html, 'text/html');
  history.pushState(null, '', url);
  document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
}

/** "Cancellation requested on: Nov 16, 2026 14:30" on the demo page, as written. */
const CANCEL_REQUESTED_AT = '2026-11-16T14:30';

/** The sidebar's way of writing an instant in AliExpress's time ("Nov 30, 14:30"). */
function pacificWallClock(ms: number): string {
  return new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: PACIFIC })
    .format(new Date(ms));
}

// Buyer Clock starts as a pill where the page leaves no margin: the tests open it as a buyer would.
const sidebarReady = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'));

export function aliexpressScenarios(env: Env) {
  it('shows the seller 14 days on a cancellation request, and Show me outlines the page\'s own button', async () => {
    const tab = await env.open();
    await tab.goto(CANCEL_URL);
    await tab.waitFor(sidebarReady);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks[0]).toBe('cancel-response');
    expect(sidebar.text).toMatch(/Seller has .+ left to respond — then the order closes by itself and your refund starts\./);
    expect(sidebar.text).toContain('Rule: 14 days after the cancellation request');
    // The page asked to cancel at 14:30 Pacific on its (served) day: the seller's time ends 14 days later.
    const endsAt = Date.parse(servedIso(CANCEL_REQUESTED_AT, PACIFIC)) + 14 * 86_400_000;
    expect(sidebar.text).toContain(`— ${pacificWallClock(endsAt)} Pacific`);
    expect(sidebar.text).toContain('From a buyer guide (unofficial) · an estimate');
    expect(sidebar.text).toContain('Sources differ: 48 hours (requests since Mar 2020) · 72 hours');
    expect(sidebar.next).toContain('Contact seller');
    expect(await tab.run(clickShowMe)).toBe(true);
    await tab.waitFor((label: string) => {
      const ring = document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('[data-testid="bc-spotlight"]');
      const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      if (!ring || !target) return false;
      const r = ring.getBoundingClientRect(), b = target.getBoundingClientRect();
      return r.left <= b.left && r.top <= b.top && r.right >= b.right && r.bottom >= b.bottom;
    }, 'Contact seller');
    expect(await tab.run(spotlightAround, 'Contact seller')).toEqual({ ring: true, target: true, surrounds: true });
    if (env.screenshotTo) await tab.screenshot(env.screenshotTo);
    await tab.close();
  });

  it('keeps the order in storage with its stage history after the visit', async () => {
    const tab = await env.open();
    await tab.goto(CANCEL_URL);
    await tab.waitFor(sidebarReady);
    await tab.close();
    const stored = await env.stored();
    // As storage keeps it (lib/order-record.ts, schema 3): the history as a list of stages.
    const record = stored['order:aliexpress:8190000000000417'] as { schema: number; snapshot: { stage: string; events: Record<string, string> }; stages: string[] };
    expect(record.schema).toBe(3);
    expect(record.snapshot.stage).toBe('cancel-requested');
    expect(record.snapshot.events.cancelRequestedAt).toBe(servedIso(CANCEL_REQUESTED_AT, PACIFIC));
    expect(record.stages).toEqual(['cancel-requested']);
  });

  it('takes the buyer-protection countdown from the page on a shipped order', async () => {
    const tab = await env.open();
    await tab.goto(SHIPPED_URL);
    await tab.waitFor(sidebarReady);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks).toContain('protection');
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    expect(sidebar.text).toMatch(/You have 12 days 3 hr left to raise any problem: open a dispute or ask for more time/);
    await tab.close();
  });

  it('puts a chip beside each order of the list', async () => {
    const tab = await env.open();
    await tab.goto(LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length === 9);
    expect(await tab.run(() => document.querySelectorAll('.order-item').length)).toBe(9);
    // One chip in each order's own row…
    const rows = await tab.run(() => [...document.querySelectorAll('buyer-clock-chip')].map((c) => c.closest('.order-item')?.textContent?.match(/\d{16}/)?.[0] ?? ''));
    expect(new Set(rows).size).toBe(9);
    expect(rows).toContain('8190000000000101');
    // …a countdown with its verb where the list alone gives a clock (the unpaid order's 20 days to pay),
    // and a faint word for every other remembered order: silence would read as "no deadline".
    await tab.waitFor(() => [...document.querySelectorAll('buyer-clock-chip')].every((c) => c.shadowRoot?.querySelector('.chip')));
    const texts = await tab.run(chipTexts);
    expect(texts[rows.indexOf('8190000000000101')]).toMatch(/^\d+ days? \d+ hr to pay$/);
    expect(texts.filter((text, i) => i !== rows.indexOf('8190000000000101')).every((text) => text === 'open to check' || text === 'finished')).toBe(true);
    expect(await tab.run(hostState)).toMatchObject({ sidebar: false });
    await tab.close();
  });

  it('follows a single-page app from the list to an order and back without a reload: chips, the sidebar, chips again', async () => {
    const tab = await env.open();
    await tab.goto(LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length === 9);
    // Another kind of page: the list's code steps down, the order page's is injected and shows the sidebar.
    await tab.run(moveInPage, { url: REFUND_URL, html: pageFor(REFUND_URL)! });
    await tab.waitFor(guardWarningShown);
    expect(await tab.run(hostState)).toMatchObject({ sidebar: true, chips: 0 });
    // And back: the list's code, already in this page, takes over again.
    await tab.run(moveInPage, { url: LIST_URL, html: pageFor(LIST_URL)! });
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length === 9 && !document.querySelector('buyer-clock-sidebar'));
    await tab.close();
  });

  it('shows the coupon claim and the refund-if-no-delivery clock on a 2026 order in transit, in both zones', async () => {
    const tab = await env.open();
    await tab.goto(TRANSIT_2026_URL);
    await tab.waitFor(sidebarReady);
    const sidebar = await tab.run(probeSidebar);
    // The coupon claim has opened: the move is the buyer's, so it leads; the refund clock runs beside it.
    expect(sidebar.clocks[0]).toBe('delivery-guarantee');
    expect(sidebar.clocks).toContain('refund-if-not-delivered');
    // Served as of early September: the delivery guarantee has run out (the coupon is claimable) and the
    // refund-if-not-delivered clock runs; either way the sentence names the task and what the page promises.
    expect(sidebar.text).toMatch(/deliver your parcel on time(,| ran out| —).*if it is late, you can claim the coupon the page promises/);
    expect(sidebar.text).toMatch(/deliver your parcel(,| ran out| —).*if it has not arrived, you get a refund/);
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    // The page's dates are AliExpress's (Pacific) time: shown beside the buyer's wherever they differ.
    const offset = await tab.run(() => new Date('2026-08-04T07:00:00Z').getTimezoneOffset());
    if (offset !== 420) expect(sidebar.text).toMatch(/your time — [^—]*00:00 Pacific/);
    await tab.close();
  });

  it('puts the most urgent 2026 promise on that order\'s chip in the list', async () => {
    const tab = await env.open();
    await tab.goto(TRANSIT_2026_URL);
    await tab.waitFor(sidebarReady);
    await tab.goto(LIST_2026_URL);
    await tab.waitFor((id: string) => [...document.querySelectorAll('buyer-clock-chip')].some((c) => c.previousElementSibling?.textContent?.includes(id)), '8190000000002602');
    const label = await tab.run(chipLabelBeside, '8190000000002602');
    expect(label).toMatch(/deliver your parcel on time.*if it is late, you can claim the coupon/);
    // The unpaid order's "Date" line gives it the 20-day payment clock, and so a chip of its own.
    expect(await tab.run(chipLabelBeside, '8190000000002601')).toMatch(/left to pay|Time to pay ran out/);
    await tab.close();
  });

  it('stops a click on "Confirm received" while a refund is open, until the buyer confirms', async () => {
    const tab = await env.open();
    await tab.goto(REFUND_URL);
    await tab.waitFor(guardWarningShown);
    await expectGuardHolds(tab, { selector: 'button', label: 'Confirm received' });
    await tab.close();
  });

  it('shows hostile page text as inert text', async () => {
    const tab = await env.open();
    await tab.goto('https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000631');
    await tab.waitFor(sidebarReady);
    const seen = await tab.run(() => {
      const root = document.querySelector('buyer-clock-sidebar')!.shadowRoot!;
      return { images: root.querySelectorAll('img').length, links: root.querySelectorAll('a').length, text: root.textContent ?? '', xss: document.body.dataset.xss ?? null };
    });
    expect(seen).toMatchObject({ images: 0, links: 0, xss: null });
    expect(seen.text).toContain('The page says: “Awaiting delivery <img src=x onerror="document.body.dataset.xss=1">”');
    expect(seen.text).toContain('<img src=x onerror="document.body.dataset.xss=2">Travel Adapter');
    // An unrecognised status gives no deadline, even though the page shows a countdown.
    expect(seen.text).toContain('Status not recognised');
    expect(seen.text).not.toMatch(/left to/);
    await tab.close();
  });

  it('says when a supported page has changed beyond reading, and offers its outline', async () => {
    const tab = await env.open();
    await tab.goto('https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417&redesign=1');
    await tab.waitFor(sidebarReady);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.text).toContain('This page changed — Buyer Clock can\'t read it yet.');
    expect(sidebar.clocks).toEqual([]);
    await tab.run(() => document.querySelector('buyer-clock-sidebar')!.shadowRoot!.querySelector<HTMLButtonElement>('.copy-outline')!.click());
    await tab.waitFor(() => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.outline-note'));
    await tab.close();
  });

  it('does nothing on pages that are not order pages', async () => {
    const tab = await env.open();
    for (const url of ['https://www.aliexpress.com/', 'https://www.aliexpress.com/p/order/help.html']) {
      await tab.goto(url);
      // An order page would have shown the sidebar well within this; a non-order page must stay untouched.
      await tab.run(() => new Promise((done) => setTimeout(done, 1500)));
      expect(await tab.run(hostState)).toEqual({ sidebar: false, chips: 0, shadowRoot: false });
    }
    await tab.close();
  });

  it('made no request of its own: nothing left the browser', async () => {
    // Only what this visit caused: the leak detector's own test sends a request on purpose.
    const before = env.leaks().length;
    const tab = await env.open();
    await tab.goto(CANCEL_URL);
    await tab.waitFor(sidebarReady);
    await tab.close();
    expect(env.leaks().slice(before)).toEqual([]);
  });
}
