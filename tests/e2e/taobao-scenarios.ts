// What a buyer must see on Taobao and Tmall, in whichever real browser runs it.
import { expect, it } from 'vitest';
import { expectGuardHolds, guardWarningShown } from './guard-probe';
import { chipCount, hostState, probeSidebar } from './sidebar-probe';
import type { Tab } from './tab';
import { visit } from './visit';
import { servedIso } from '../../scripts/demo-dates.mjs';

export const TB_SHIPPED_URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105';
const TB_SHIPPED_9D_URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001110';
export const TB_LIST_URL = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
export const TM_SHIPPED_URL = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803';
export const TB_PAGED_TRANSLATED_URL = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm?pageNum=2&translated=1';
export const TB_REFUND_TRANSLATED_URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106&translated=1';
const TB_IN_REFUND_URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106';
export const TB_REFUND_URL = 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1';

export type TaobaoEnv = {
  open(): Promise<Tab>;
  stored(): Promise<Record<string, unknown>>;
  leaks(): { via: string; url: string }[];
  /** Forgets every kept order, for a scenario that must start from nothing. */
  reset(): Promise<void>;
  /** The popup, open and listing its orders, as a tab. */
  popup(): Promise<Tab>;
};

/** What the popup's page knows: the order's line and all its clocks, and the reminder alarm. Runs in the popup. */
async function popupState(orderId: string) {
  const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
  const reply = (await api.runtime.sendMessage({ type: 'list-orders' })) as { orders: { orderId: string; assessment: { timers: { clock: string; actor: string }[] } }[] };
  const alarm = await api.alarms.get('buyer-clock-next');
  const li = document.querySelector(`li[data-order="${orderId}"]`);
  return {
    line: li?.querySelector('.line')?.textContent ?? '',
    text: li?.textContent ?? '',
    section: li?.closest('[data-section]')?.getAttribute('data-section') ?? '',
    timers: reply.orders.find((o) => o.orderId === orderId)?.assessment.timers ?? [],
    alarmAt: alarm?.scheduledTime ?? null,
  };
}

// Buyer Clock starts as a pill where the page leaves no margin: the tests open it as a buyer would.
export const sidebarReady = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel'));
const clocksShown = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelectorAll('[data-clock]').length ?? 0) > 0);

export function taobaoScenarios(env: TaobaoEnv) {
  it('takes the auto-confirm clock from a shipped Taobao order\'s own countdown, and offers 延长收货时间 with 2 d 4 h left', async () => {
    const tab = await env.open();
    await tab.goto(TB_SHIPPED_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks[0]).toBe('auto-confirm');
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    // As the page says it while fresh: 2 d 4 h, not 2 d 3 h a second after reading.
    expect(sidebar.text).toMatch(/You have 2 days 4 hr left to .+ — then receipt is confirmed by itself and the seller is paid\./);
    expect(sidebar.next).toContain('延长收货时间');
    await tab.close();
  });

  it('keeps the Taobao order with its Beijing-time events', async () => {
    // (Its stage depends on what else the buyer has seen: the demo list says a refund was refused.)
    const key = 'order:taobao:4187000000000001110';
    const record = (await visit(env, TB_SHIPPED_9D_URL, key))[key] as { snapshot: { events: Record<string, string> } } | undefined;
    // The page's 卖家发货 step says 2026-11-09 14:00:00 as written, Beijing time.
    expect(record?.snapshot.events.shippedAt).toBe(servedIso('2026-11-09T14:00:00', 'Asia/Shanghai'));
  });

  it('puts a chip beside every order of the old list', async () => {
    const tab = await env.open();
    await tab.goto(TB_LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length >= 8);
    expect(await tab.run(() => document.querySelectorAll('[class*="order-container"] > [data-id]').length)).toBe(8);
    expect(await tab.run(chipCount)).toBe(8);
    // Each chip sits beside its own order number, inside that order.
    const placed = await tab.run(() => [...document.querySelectorAll('buyer-clock-chip')].map((c) => c.closest('[data-id]')?.getAttribute('data-id') ?? ''));
    expect(new Set(placed).size).toBe(8);
    expect(await tab.run(hostState)).toMatchObject({ sidebar: false });
    await tab.close();
  });

  it('on the old list paged to page 2 and partly translated, puts chips beside the page-2 orders only, the stale promise overdue', async () => {
    const tab = await env.open();
    await tab.goto(TB_PAGED_TRANSLATED_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length >= 7);
    const placed = await tab.run(() => [...document.querySelectorAll('buyer-clock-chip')].map((c) => c.closest('[data-id]')?.getAttribute('data-id') ?? ''));
    // Page 1 lives on only in the inline data: none of its orders gets a chip. 6008's status is unreadable.
    expect(placed.sort()).toEqual(['01', '02', '03', '04', '05', '06', '07'].map((n) => `41870000000000060${n}`));
    // Placed 2024-12-14, promised 12月16日 22:01: ten months and more overdue, not days left.
    const stale = await tab.run(() => {
      const chip = document.querySelector('[data-id="4187000000000006001"] buyer-clock-chip');
      return { overdue: !!chip?.shadowRoot?.querySelector('.chip.overdue') };
    });
    expect(stale.overdue).toBe(true);
    await tab.close();
  });

  it('after paging without a navigation, moves the chips to the new page\'s orders', async () => {
    const tab = await env.open();
    await tab.goto(TB_LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length >= 8);
    // The page's own paging: the order boxes are re-rendered with other orders; var data keeps page 1.
    await tab.run(() => {
      const container = document.querySelector('[class*="order-container"]')!;
      const boxes = [...container.querySelectorAll(':scope > [data-id]')].slice(0, 2).map((box, i) => {
        const copy = box.cloneNode(true) as Element;
        copy.querySelector('buyer-clock-chip')?.remove();
        const id = `418700000000000710${i + 1}`;
        const old = copy.getAttribute('data-id')!;
        copy.setAttribute('data-id', id);
        const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) n.textContent = n.textContent!.replace(old, id);
        copy.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', a.getAttribute('href')!.replace(old, id)));
        return copy;
      });
      container.replaceChildren(...boxes);
    });
    await tab.waitFor(() => document.querySelectorAll('[data-id^="418700000000000710"] buyer-clock-chip').length === 2);
    const placed = await tab.run(() => [...document.querySelectorAll('buyer-clock-chip')].map((c) => c.closest('[data-id]')?.getAttribute('data-id') ?? ''));
    expect(placed.sort()).toEqual(['4187000000000007101', '4187000000000007102']);
    await tab.close();
  });

  it('on a Taobao order page translated by the browser, holds "Confirm receipt" while the refund is open', async () => {
    const tab = await env.open();
    await tab.goto(TB_REFUND_TRANSLATED_URL);
    await tab.waitFor(guardWarningShown);
    await expectGuardHolds(tab, { selector: 'button', label: 'Confirm receipt' });
    await tab.close();
  });

  it('shows a Tmall order\'s auto-confirm countdown and its price-protection window, both from the page', async () => {
    const tab = await env.open();
    await tab.goto(TM_SHIPPED_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks).toEqual(expect.arrayContaining(['auto-confirm', 'price-protection']));
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    await tab.close();
  });

  it('reads a refund page: the seller refused, the buyer\'s revise clock from the page', async () => {
    const tab = await env.open();
    await tab.goto(TB_REFUND_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks).toContain('revise');
    await tab.close();
  });

  it('never loses a clock: the refund page, then the list, then the order page show both the revise clock and the auto-confirm countdown', async () => {
    await env.reset();
    const tab = await env.open();
    await tab.goto(TB_REFUND_URL);
    await tab.waitFor(clocksShown);
    expect((await tab.run(probeSidebar)).clocks).toEqual(['revise']);
    await tab.goto(TB_LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length >= 8);
    const chip = await tab.run(() => {
      const host = [...document.querySelectorAll('buyer-clock-chip')].find((c) => c.closest('[data-id]')?.getAttribute('data-id')?.includes('4187000000000001105'));
      return { text: host?.shadowRoot?.querySelector('.chip')?.textContent ?? '', label: host?.shadowRoot?.querySelector('.chip')?.getAttribute('aria-label') ?? '' };
    });
    // The countdown the list shows (还剩2天4时) leads, as the page says it; the revise clock is named too.
    expect(chip.text).toBe('2 days 4 hr to check the goods and raise any problem (do not confirm receipt first) +1');
    expect(chip.label).toMatch(/left to check the goods and raise any problem/);
    expect(chip.label).toMatch(/left to revise the request or ask the platform to step in/);
    await tab.goto(TB_SHIPPED_URL);
    await tab.waitFor(() => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(),
      (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelectorAll('[data-clock]').length ?? 0) >= 2));
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks).toEqual(['auto-confirm', 'revise']);
    expect(sidebar.text).not.toContain('No clock is running');
    // The page in front of the buyer is quoted, not the refund page.
    expect(sidebar.text).toContain('The page says: “卖家已发货，等待买家确认收货”');
    expect(await tab.run(() => document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.top .big')?.textContent)).toBe('2 days 4 hr');
    expect(sidebar.next).toContain('延长收货时间');
    await tab.close();
    const popup = await env.popup();
    const state = await popup.run(popupState, '4187000000000001105');
    expect(state.section).toBe('later');
    expect(state.line).toMatch(/^2 days 4 hr/);
    expect(state.text).toMatch(/left to revise the request or ask the platform to step in/);
    // The reminders are planned from these very clocks: both the buyer's, and an alarm before the first ends.
    expect(state.timers.map((tm) => `${tm.clock}:${tm.actor}`).sort()).toEqual(['auto-confirm:buyer', 'revise:buyer']);
    expect(state.alarmAt).toBeGreaterThan(Date.now());
    expect(state.alarmAt).toBeLessThan(Date.now() + (2 * 24 + 4) * 3_600_000);
    await popup.close();
  });

  it('says the page\'s own "paused" while a refund is open: the sidebar, the list\'s chip and the popup', async () => {
    await env.reset();
    const tab = await env.open();
    await tab.goto(TB_IN_REFUND_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks).toEqual(['auto-confirm']);
    expect(sidebar.text).toContain('Paused by the page (refund open)');
    expect(sidebar.text).toContain('The page says: “收货确认时间暂停计时”');
    expect(sidebar.text).toMatch(/When the refund ends, it runs again with at least .+ left/);
    expect(sidebar.text).not.toContain('No clock is running');
    // The same order translated by the browser: still paused, still the page's words.
    await tab.goto(TB_REFUND_TRANSLATED_URL);
    await tab.waitFor(clocksShown);
    expect((await tab.run(probeSidebar)).text).toContain('Paused by the page (refund open)');
    await tab.goto(TB_LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length >= 8);
    const chip = await tab.run(() => [...document.querySelectorAll('buyer-clock-chip')]
      .find((c) => c.closest('[data-id]')?.getAttribute('data-id') === '4187000000000001106')?.shadowRoot?.querySelector('.chip')?.textContent ?? '');
    expect(chip).toBe('paused (refund open)');
    await tab.close();
    const popup = await env.popup();
    const state = await popup.run(popupState, '4187000000000001106');
    expect(state.line).toMatch(/^Paused \(refund open\)/);
    expect(state.text).toContain('The page says: “收货确认时间暂停计时”');
    expect(state.text).not.toContain('No clock is running');
    await popup.close();
  });

  it('made no request of its own on these pages', async () => {
    const before = env.leaks().length;
    await visit(env, TB_SHIPPED_URL, 'order:taobao:4187000000000001105');
    await visit(env, TM_SHIPPED_URL, 'order:tmall:4187000000000004803');
    expect(env.leaks().slice(before)).toEqual([]);
  });
}
