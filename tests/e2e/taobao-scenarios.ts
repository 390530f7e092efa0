// What a buyer must see on Taobao and Tmall, in whichever real browser runs it.
import { expect, it } from 'vitest';
import { chipCount, hostState, probeSidebar } from './sidebar-probe';
import type { Tab } from './tab';

export const TB_SHIPPED_URL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105';
export const TB_LIST_URL = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
export const TM_SHIPPED_URL = 'https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=4187000000000004803';
export const TB_REFUND_URL = 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1';

export type TaobaoEnv = {
  open(): Promise<Tab>;
  stored(): Promise<Record<string, unknown>>;
  leaks(): { via: string; url: string }[];
};

export const sidebarReady = () => !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel');
const clocksShown = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelectorAll('[data-clock]').length ?? 0) > 0;

export function taobaoScenarios(env: TaobaoEnv) {
  it('takes the auto-confirm clock from a shipped Taobao order\'s own countdown, and offers 延长收货时间 with 2 d 4 h left', async () => {
    const tab = await env.open();
    await tab.goto(TB_SHIPPED_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks[0]).toBe('auto-confirm');
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    expect(sidebar.text).toMatch(/You have 2 days [34] hr left to .+ — then receipt is confirmed by itself and the seller is paid\./);
    expect(sidebar.next).toContain('延长收货时间');
    await tab.close();
  });

  it('keeps the Taobao order with its Beijing-time events', async () => {
    const record = (await env.stored())['order:taobao:4187000000000001105'] as { snapshot: { stage: string; events: Record<string, string> } } | undefined;
    expect(record?.snapshot.stage).toBe('shipped');
    expect(record?.snapshot.events.shippedAt).toBe('2026-11-02T16:20:11+08:00');
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

  it('made no request of its own on these pages', () => {
    expect(env.leaks()).toEqual([]);
  });
}
