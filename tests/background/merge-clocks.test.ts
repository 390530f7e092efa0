// Clocks are merged one by one: a countdown read from one page stays until a page that shows it says
// otherwise, and never goes because the order's stage was read from another page.
import { describe, expect, it } from 'vitest';
import { mergeSnapshot } from '../../src/background/merge';
import { mergeClocks } from '../../src/background/merge-clocks';
import { toView } from '../../src/background/router';
import { createStore } from '../../src/background/store';
import { readPage } from '../../src/marketplaces';
import type { PageClock } from '../../src/rules/model';
import { loadFixture } from '../marketplaces/load-fixture';
import { memoryArea } from '../support/memory-area';
import { snapshot } from '../support/snapshots';

const T1 = '2026-11-20T10:00:00+00:00';
const T2 = '2026-11-21T10:00:00+00:00';
const REFUND = 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001105&disputeType=1';
const LIST = 'https://buyertrade.taobao.com/trade/itemlist/list_bought_items.htm';
const DETAIL = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001105';
const KEY = 'order:taobao:4187000000000001105';

const revise: PageClock = { clock: 'revise', endsAt: '2026-11-25T10:00:00+08:00', text: '还剩4天12时' };
const confirm: PageClock = { clock: 'auto-confirm', endsAt: '2026-11-23T10:00:00+08:00', text: '还剩2天4时' };

describe('mergeClocks', () => {
  const base = { stageBefore: 'refund-refused', stageAfter: 'refund-refused', at: T2 } as const;

  it('adds an order page\'s countdown beside a refund page\'s, each with when and where it was read', () => {
    const kept = [{ ...revise, readAt: T1, page: 'refund' as const }];
    expect(mergeClocks({ ...base, kept, seen: [confirm], kind: 'order-list' })).toEqual([
      { ...confirm, readAt: T2, page: 'order-list' }, kept[0],
    ]);
  });

  it('replaces a clock the page shows, and drops one a page of its side no longer shows', () => {
    const kept = [{ ...confirm, readAt: T1, page: 'order-list' as const }, { ...revise, readAt: T1, page: 'refund' as const }];
    const later = { ...confirm, endsAt: '2026-11-26T10:00:00+08:00', text: '还剩5天' };
    expect(mergeClocks({ ...base, kept, seen: [later], kind: 'order-detail' }).map((c) => [c.clock, c.endsAt, c.readAt]))
      .toEqual([['auto-confirm', later.endsAt, T2], ['revise', revise.endsAt, T1]]);
    // The refund page shows no countdown any more: the revise clock goes; the trade's stays.
    expect(mergeClocks({ ...base, kept, seen: [], kind: 'refund' }).map((c) => c.clock)).toEqual(['auto-confirm']);
    // An order page that shows no countdown (收货确认时间暂停计时) says the trade's clock is not running.
    expect(mergeClocks({ ...base, kept, seen: [], kind: 'order-detail' }).map((c) => c.clock)).toEqual(['revise']);
    // A list that shows none says nothing: both stay.
    expect(mergeClocks({ ...base, kept, seen: [], kind: 'order-list' })).toEqual(kept);
  });

  it('drops every kept clock when the trade is over', () => {
    const kept = [{ ...revise, readAt: T1, page: 'refund' as const }];
    expect(mergeClocks({ ...base, stageAfter: 'completed', kept, seen: [], kind: 'order-detail' })).toEqual([]);
  });
});

describe('the refund page, then the list, then the order page (Taobao …1105)', () => {
  const read = (url: string, file: string, now: Date) => readPage(url, loadFixture(file), now)!;

  it('keeps the revise clock and adds the auto-confirm countdown, quoting each page', async () => {
    let now = new Date('2026-12-01T00:00:00Z');
    const store = createStore(memoryArea(), () => now);
    await store.observe(read(REFUND, 'taobao/refund-refused.html', now));
    now = new Date(now.getTime() + 60_000);
    const [listed] = (await store.observe(read(LIST, 'taobao/list-old.html', now))).filter((r) => r.key === KEY);
    now = new Date(now.getTime() + 60_000);
    const [detail] = await store.observe(read(DETAIL, 'taobao/detail-shipped-2d4h.html', now));
    for (const record of [listed!, detail!]) {
      const view = toView(record, now);
      expect(view.assessment.timers.map((t) => [t.clock, t.from]).sort()).toEqual([['auto-confirm', 'page'], ['revise', 'page']]);
      // Two buyer clocks: the sooner one (2 d 4 h) leads, and its step is extending the time to receive.
      expect(view.assessment.next?.labels).toContain('延长收货时间');
      expect(view.stage).toBe('refund-refused');
    }
    const clocks = detail!.snapshot.pageClocks;
    expect(clocks.find((c) => c.clock === 'revise')).toMatchObject({ page: 'refund', text: '还剩4天12时30分' });
    expect(clocks.find((c) => c.clock === 'auto-confirm')).toMatchObject({ page: 'order-detail', readAt: detail!.lastSeen });
  });
});

describe('lost clocks', () => {
  it('keeps the last known clocks of an unfinished order that yields none, and clears them when it finishes', () => {
    const clock: PageClock = { clock: 'protection', endsAt: '2026-12-01T00:00:00-08:00', text: 'Buyer protection: 9 days' };
    const shipped = mergeSnapshot(null, snapshot({ stage: 'shipped', events: {}, pageClocks: [clock] }), T1, 'order-detail');
    const blank = mergeSnapshot(shipped, snapshot({ stage: 'delivered', events: {}, pageClocks: [] }), T2, 'order-detail');
    expect(blank.lastClocks).toMatchObject({ at: T1, timers: [{ clock: 'protection', endsAt: clock.endsAt }] });
    expect(toView(blank, new Date(T2)).lastClocks?.timers).toHaveLength(1);
    const again = mergeSnapshot(blank, snapshot({ stage: 'delivered', events: {}, pageClocks: [] }), T2, 'order-detail');
    expect(again.lastClocks?.at).toBe(T1);
    expect(mergeSnapshot(again, snapshot({ stage: 'completed', events: {}, pageClocks: [] }), T2).lastClocks).toBeUndefined();
    expect(mergeSnapshot(again, snapshot({ stage: 'shipped', events: {}, pageClocks: [clock] }), T2).lastClocks).toBeUndefined();
  });
});

describe('assess on a countdown kept from another page', () => {
  it('runs it on an open order, but not on a finished one or one whose status is not known', async () => {
    const { assess } = await import('../../src/rules');
    const order = snapshot({ marketplace: 'taobao', stage: 'refund-refused', statusText: '卖家拒绝退款', events: {}, pageClocks: [confirm] });
    const at = new Date('2026-11-21T00:00:00Z');
    expect(assess(order, at).timers).toMatchObject([{ clock: 'auto-confirm', from: 'page', actor: 'buyer', endsAt: confirm.endsAt }]);
    for (const stage of ['completed', 'closed', 'refunded', 'unknown'] as const) {
      expect(assess({ ...order, stage }, at).timers.map((tm) => tm.clock), stage).not.toContain('auto-confirm');
    }
  });
});
