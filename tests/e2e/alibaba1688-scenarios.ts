// What a buyer must see on 1688, in whichever real browser runs it. The new list and detail pages are
// Web Components in open shadow roots (declarative shadow DOM in the fixtures, which both browsers
// build while parsing), so the probes here walk open shadow roots too.
import { expect, it } from 'vitest';
import { axeViolations } from './axe';
import { answer as answerTrusted, expectGuardHolds, guardWarningShown, guardWarningText } from './guard-probe';
import { hostState, probeSidebar } from './sidebar-probe';
import type { Tab } from './tab';
import { visit } from './visit';
import { servedIso } from '../../scripts/demo-dates.mjs';

export const A1688_LIST_URL = 'https://trade.1688.com/order/buyer_order_list.htm';
export const A1688_OLD_LIST_URL = 'https://trade.1688.com/order/buyer_order_list.htm?oldBuyerOrderList=y';
export const A1688_REFUND_URL = 'https://dispute.1688.com/refund/buyerRefundDetail.htm?refundId=TK7000000000000701';
export const A1688_PAY_URL = 'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3900000000000000101';
export const A1688_SHIPPED_URL = 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000201';
export const A1688_REFUNDING_URL = 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3900000000000000104';
export const A1688_SLIDER_URL = 'https://trade.1688.com/order/buyer_order_list.htm?tracelog=verify';

export type Env1688 = {
  open(): Promise<Tab>;
  stored(): Promise<Record<string, unknown>>;
  leaks(): { via: string; url: string }[];
};

// Buyer Clock starts as a pill where the page leaves no margin: the tests open it as a buyer would.
const clocksShown = () => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelectorAll('[data-clock]').length ?? 0) > 0);

/** Chips anywhere in the page, open shadow roots included, and how many order-item elements hold one. */
export function deepChips(): { items: number; itemsWithChip: number; chips: number } {
  const deepAll = (root: ParentNode, selector: string): Element[] => {
    const found: Element[] = [];
    const visit = (scope: ParentNode) => {
      for (const el of scope.querySelectorAll('*')) {
        if (el.matches(selector)) found.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(root);
    return found;
  };
  const items = deepAll(document, 'order-item');
  const holds = (item: Element) => deepAll(item, 'buyer-clock-chip').length + (item.shadowRoot ? deepAll(item.shadowRoot, 'buyer-clock-chip').length : 0) > 0;
  return { items: items.length, itemsWithChip: items.filter(holds).length, chips: deepAll(document, 'buyer-clock-chip').length };
}

export function alibaba1688Scenarios(env: Env1688) {
  it('shows the seller\'s refund-response clock from a dispute.1688.com refund page\'s own countdown', async () => {
    const tab = await env.open();
    await tab.goto(A1688_REFUND_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks[0]).toBe('refund-response');
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    expect(sidebar.text).toMatch(/Seller has 4 days 22 hr left to answer your refund request/);
    await tab.close();
  });

  it('shows the pay-by countdown on the new detail page (components in shadow roots) and says to press 付款', async () => {
    const tab = await env.open();
    await tab.goto(A1688_PAY_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks[0]).toBe('payment');
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    expect(sidebar.text).toMatch(/You have 3 days 21 hr left to pay/);
    expect(sidebar.next).toContain('付款');
    await tab.close();
  });

  it('shows the auto-confirm countdown on the old detail page', async () => {
    const tab = await env.open();
    await tab.goto(A1688_SHIPPED_URL);
    await tab.waitFor(clocksShown);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks[0]).toBe('auto-confirm');
    expect(sidebar.text).toContain('From the page\'s own countdown · exact');
    // The page said 7天20小时 a moment ago: the sidebar says what the page says, not 7 d 19 h a second later.
    expect(sidebar.text).toMatch(/You have 7 days 20 hr left to check the goods and raise any problem \(do not confirm receipt first\) — then receipt is confirmed by itself and the seller is paid\./);
    await tab.close();
  });

  it('keeps the 1688 orders with their Beijing-time events', async () => {
    await visit(env, A1688_PAY_URL, 'order:1688:3900000000000000101');
    const stored = await visit(env, A1688_REFUND_URL, 'order:1688:3900000000000000104');
    const pay = stored['order:1688:3900000000000000101'] as { snapshot: { stage: string; events: Record<string, string> } } | undefined;
    expect(pay?.snapshot.stage).toBe('awaiting-payment');
    expect(pay?.snapshot.events.placedAt).toBe(servedIso('2026-11-21T09:15:02', 'Asia/Shanghai'));
    const refund = stored['order:1688:3900000000000000104'] as { snapshot: { stage: string; events: Record<string, string> } } | undefined;
    expect(refund?.snapshot.stage).toBe('refund-requested');
    expect(refund?.snapshot.events.refundRequestedAt).toBe(servedIso('2026-11-22T10:48:15', 'Asia/Shanghai'));
  });

  it('puts a chip beside every order of the old list', async () => {
    const tab = await env.open();
    await tab.goto(A1688_OLD_LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-chip').length >= 6);
    const placed = await tab.run(() => [...document.querySelectorAll('buyer-clock-chip')].map((c) => c.closest('li.order-item')?.querySelector('input.tradeId')?.getAttribute('value') ?? ''));
    expect(new Set(placed).size).toBe(6);
    expect(await tab.run(hostState)).toMatchObject({ sidebar: false });
    await tab.close();
  });

  it('reads every order of the shadow-DOM list in a real browser, which builds the roots while parsing', async () => {
    const tab = await env.open();
    await tab.goto(A1688_LIST_URL);
    expect(await tab.run(deepChips)).toMatchObject({ items: 8 });
    const wanted = ['101', '102', '103', '104', '105', '106', '107', '108'].map((n) => `order:1688:3900000000000000${n}`);
    let stored: Record<string, unknown> = {};
    for (let tries = 0; tries < 50 && !wanted.every((key) => key in stored); tries++) {
      await new Promise((done) => setTimeout(done, 200));
      stored = await env.stored();
    }
    const stages = wanted.map((key) => (stored[key] as { snapshot?: { stage?: string } } | undefined)?.snapshot?.stage);
    // 104 was seen on its refund page first: the list's 退款中 says the same stage.
    expect(stages).toEqual(['awaiting-payment', 'awaiting-shipment', 'shipped', 'refund-requested', 'completed', 'completed', 'closed', 'closed']);
    const shipped = stored['order:1688:3900000000000000103'] as { snapshot: { events: Record<string, string>; total: unknown } };
    expect(shipped.snapshot.events.placedAt).toBe(servedIso('2026-11-12T10:05:33', 'Asia/Shanghai'));
    expect(shipped.snapshot.total).toEqual({ amount: '356.40', currency: 'CNY' });
    await tab.close();
  });

  it('puts a chip beside every order of the shadow-DOM list on trade.1688.com', async () => {
    const tab = await env.open();
    await tab.goto(A1688_LIST_URL);
    await tab.waitFor(() => {
      // Self-contained (serialised into the page): counts chips inside each order-item, shadow roots included.
      const deepCount = (scope: ParentNode): number => [...scope.querySelectorAll('*')]
        .reduce((n, el) => n + (el.tagName === 'BUYER-CLOCK-CHIP' ? 1 : 0) + (el.shadowRoot ? deepCount(el.shadowRoot) : 0), 0);
      const items: Element[] = [];
      const collect = (scope: ParentNode) => {
        for (const el of scope.querySelectorAll('*')) {
          if (el.tagName === 'ORDER-ITEM') items.push(el);
          if (el.shadowRoot) collect(el.shadowRoot);
        }
      };
      collect(document);
      return items.length === 8 && items.every((item) => deepCount(item) + (item.shadowRoot ? deepCount(item.shadowRoot) : 0) > 0);
    });
    expect(await tab.run(deepChips)).toEqual({ items: 8, itemsWithChip: 8, chips: 8 });
    expect(await tab.run(hostState)).toMatchObject({ sidebar: false });
    await tab.close();
  });

  it('on dispute.1688.com, stops a click on 撤销申请 until the buyer confirms: a new request would start over', async () => {
    const tab = await env.open();
    await tab.goto(A1688_REFUND_URL);
    await tab.waitFor(clocksShown);
    await expectGuardHolds(tab, { selector: 'a.button', label: '撤销申请' });
    await tab.close();
  });

  it('on trade.1688.com, warns in red and stops a click on 确认收货 while the refund is open, until the buyer confirms', async () => {
    // The seller's refund-response clock is on the refund page: the buyer has seen it there first.
    await visit(env, A1688_REFUND_URL, 'order:1688:3900000000000000104');
    const tab = await env.open();
    await tab.goto(A1688_REFUNDING_URL);
    await tab.waitFor(guardWarningShown);
    expect(await tab.run(guardWarningText)).toMatch(/refund/i);
    const sidebar = await tab.run(probeSidebar);
    expect(sidebar.clocks[0]).toBe('refund-response');
    await expectGuardHolds(tab, { selector: 'a.button', label: '确认收货' });
    await tab.close();
  });

  it('on the trade.1688.com list, holds 确认收货 in the refunding order\'s row until the buyer agrees, and no other row\'s', async () => {
    const tab = await env.open();
    await tab.goto(A1688_LIST_URL);
    await tab.waitFor(() => document.querySelectorAll('buyer-clock-guard').length === 0 && (() => {
      let chips = 0;
      const visit = (scope: ParentNode) => scope.querySelectorAll('*').forEach((el) => {
        if (el.tagName === 'BUYER-CLOCK-CHIP') chips++;
        if (el.shadowRoot) visit(el.shadowRoot);
      });
      visit(document);
      return chips === 8;
    })());
    // Each row's 确认收货 counts the clicks the page hears; the refunding row (104) shows one too, as the
    // case the guard is for (the fixture's row offers only 查看退款).
    await tab.run(() => {
      const rows: ShadowRoot[] = [];
      const visit = (scope: ParentNode) => scope.querySelectorAll('*').forEach((el) => {
        if (el.tagName === 'ORDER-ITEM' && el.shadowRoot) rows.push(el.shadowRoot);
        if (el.shadowRoot) visit(el.shadowRoot);
      });
      visit(document);
      const row = (id: string) => rows.find((r) => r.textContent!.includes(id))!;
      const added = document.createElement('q-button');
      added.textContent = '确认收货';
      row('3900000000000000104').querySelector('.order-item-actions')!.prepend(added);
      for (const id of ['3900000000000000103', '3900000000000000104']) {
        const button = [...row(id).querySelectorAll('q-button')].find((b) => b.textContent?.trim() === '确认收货')!;
        button.setAttribute('data-test-confirm', id);
        button.addEventListener('click', () => document.body.setAttribute('data-heard', `${document.body.dataset.heard ?? ''}${id.slice(-3)};`));
      }
      (globalThis as { pressConfirm?: (id: string) => void }).pressConfirm = (id) =>
        (row(id).querySelector(`[data-test-confirm="${id}"]`) as HTMLElement).click();
    });
    const press = (id: string) => tab.run((which) => (globalThis as unknown as { pressConfirm: (id: string) => void }).pressConfirm(which), id);
    const heard = () => tab.run(() => document.body.dataset.heard ?? '');
    const dialogShown = () => !!document.querySelector('buyer-clock-guard')?.shadowRoot?.querySelector('[role="alertdialog"]');
    const answer = (which: string) => answerTrusted(tab, which, 'buyer-clock-guard');

    await press('3900000000000000103');
    expect(await heard()).toBe('103;');
    await press('3900000000000000104');
    await tab.waitFor(dialogShown);
    expect(await heard()).toBe('103;');
    expect(await axeViolations((fn, arg) => tab.run(fn as never, arg as never), 'buyer-clock-guard')).toEqual([]);
    await answer('.guard-keep');
    expect(await tab.run(dialogShown)).toBe(false);
    await press('3900000000000000104');
    await tab.waitFor(dialogShown);
    await answer('.guard-proceed');
    await tab.waitFor(() => !!document.querySelector('buyer-clock-guard')?.shadowRoot?.querySelector('.press-again'));
    await press('3900000000000000104');
    expect(await heard()).toBe('103;104;');
    await tab.close();
  });

  it('stays out of the way of the rate-limit slider', async () => {
    const tab = await env.open();
    await tab.goto(A1688_SLIDER_URL);
    // An order page would have shown something well within this; the slider must stay untouched.
    await tab.run(() => new Promise((done) => setTimeout(done, 1500)));
    expect(await tab.run(hostState)).toEqual({ sidebar: false, chips: 0, shadowRoot: false });
    await tab.close();
  });

  it('asks nothing of the network beyond the pages themselves', async () => {
    const before = env.leaks().length;
    await visit(env, A1688_PAY_URL, 'order:1688:3900000000000000101');
    await visit(env, A1688_REFUND_URL, 'order:1688:3900000000000000104');
    expect(env.leaks().slice(before)).toEqual([]);
  });
}
