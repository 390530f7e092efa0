// What a buyer must see on AliExpress, in whichever real browser runs it.
import { expect, it } from 'vitest';
import { expectGuardHolds, guardWarningShown } from './guard-probe';
import { chipCount, clickShowMe, hostState, probeSidebar, spotlightAround } from './sidebar-probe';
import type { Tab } from './tab';

export const CANCEL_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
export const SHIPPED_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000311';
export const LIST_URL = 'https://www.aliexpress.com/p/order/index.html';
export const REFUND_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000529';

type Env = {
  open(): Promise<Tab>;
  /** Everything the extension keeps in storage.local. */
  stored(): Promise<Record<string, unknown>>;
  /** Requests that were not the load of a demo page (recorded by scripts/browsers.mjs). */
  leaks(): { via: string; url: string }[];
  screenshotTo?: string;
};

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
    expect(sidebar.text).toContain('Worked out from the marketplace\'s rules');
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
    const stored = await env.stored();
    // As storage keeps it (lib/order-record.ts, schema 3): the history as a list of stages.
    const record = stored['order:aliexpress:8190000000000417'] as { schema: number; snapshot: { stage: string; events: Record<string, string> }; stages: string[] };
    expect(record.schema).toBe(3);
    expect(record.snapshot.stage).toBe('cancel-requested');
    expect(record.snapshot.events.cancelRequestedAt).toBe('2026-11-16T14:30:00-08:00');
    expect(record.stages).toEqual(['cancel-requested']);
  });

  it('takes the buyer-protection countdown from the page on a shipped order', async () => {
    const tab = await env.open();
    await tab.goto(SHIPPED_URL);
    await tab.waitFor(sidebarReady);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks).toContain('protection');
    expect(sidebar.text).toContain('From this page\'s own countdown');
    expect(sidebar.text).toMatch(/You have 12 d 3 h left to confirm receipt or open a dispute/);
    await tab.close();
  });

  it('puts a chip beside each order of the list', async () => {
    const tab = await env.open();
    await tab.goto(LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length > 0);
    const withClocks = await tab.run(() => document.querySelectorAll('.order-item').length);
    expect(withClocks).toBeGreaterThanOrEqual(6);
    expect(await tab.run(chipCount)).toBeGreaterThanOrEqual(4);
    expect(await tab.run(hostState)).toMatchObject({ sidebar: false });
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
    // Give a worker that might phone home a moment to do so before looking.
    const tab = await env.open();
    await tab.goto(CANCEL_URL);
    await tab.waitFor(sidebarReady);
    await tab.close();
    expect(env.leaks()).toEqual([]);
  });
}
