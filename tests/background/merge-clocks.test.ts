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

describe('the page\'s own "paused" (Taobao …1106, refund open)', () => {
  const ORDER = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001106';
  const ITS_REFUND = 'https://refund2.taobao.com/dispute/detail.htm?bizOrderId=4187000000000001106&disputeType=1';
  const read = (url: string, file: string, now: Date) => readPage(url, loadFixture(file), now)!;
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;

  it('keeps the stop with when it was first seen; the refund page\'s date makes the time left exact', async () => {
    let now = new Date('2026-11-10T04:00:00Z'); // 12:00 in Beijing
    const store = createStore(memoryArea(), () => now);
    const [first] = await store.observe(read(ORDER, 'taobao/detail-refund.html', now));
    expect(first!.snapshot.paused).toEqual([{
      clock: 'auto-confirm', text: '收货确认时间暂停计时', readAt: first!.lastSeen, page: 'order-detail', since: first!.lastSeen,
    }]);
    // Shipped 2026-11-04 11:02:45 (Beijing): the rule's 10 days end 11-14 11:02:45. Not knowing when the
    // refund began, the stop began at the latest when first seen: at least 3 d 23 h 2 min 45 s are left.
    const view = toView(first!, now);
    expect(view.assessment.paused).toEqual([{
      clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', onExpiry: 'receipt-confirmed', text: '收货确认时间暂停计时',
      leftMs: 3 * DAY + 23 * HOUR + 2 * 60_000 + 45_000, from: 'rule', earliest: true,
    }]);
    expect(view.assessment.timers.map((t) => t.clock)).not.toContain('auto-confirm');
    expect(view.lastClocks).toBeUndefined();
    // The refund page (asked 2026-11-08 20:00) says nothing of the stop, which stays; now the time left is exact.
    now = new Date(now.getTime() + HOUR);
    const [refund] = await store.observe(read(ITS_REFUND, 'taobao/refund-return-awaiting.html', now));
    expect(refund!.snapshot.paused).toEqual(first!.snapshot.paused);
    expect(toView(refund!, now).assessment.paused).toEqual([expect.objectContaining({ leftMs: 5 * DAY + 15 * HOUR + 2 * 60_000 + 45_000, from: 'rule' })]);
    expect(toView(refund!, now).assessment.paused![0]!.earliest).toBeUndefined();
    // The order page read again: still stopped, since when it was first seen.
    now = new Date(now.getTime() + HOUR);
    const [again] = await store.observe(read(ORDER, 'taobao/detail-refund.html', now));
    expect(again!.snapshot.paused).toEqual([expect.objectContaining({ since: first!.lastSeen, readAt: again!.lastSeen })]);
  });

  it('remembers where a running countdown stood when the stop began, and ends the stop when a page shows it running', () => {
    const running = mergeSnapshot(null, snapshot({ marketplace: 'taobao', orderId: '4187000000000001106', stage: 'shipped', events: {}, pageClocks: [confirm] }), T1, 'order-detail');
    const words = { clock: 'auto-confirm' as const, text: '收货确认时间暂停计时' };
    const stopped = mergeSnapshot(running, { ...running.snapshot, stage: 'refund-requested', pageClocks: [], paused: [words] }, T2, 'order-detail');
    expect(stopped.snapshot.paused).toEqual([{ ...words, readAt: T2, page: 'order-detail', since: T2, ranTo: confirm.endsAt }]);
    expect(stopped.snapshot.pageClocks).toEqual([]);
    // The refund closed on its own page: the stop is over, and the trade's clock runs again with the
    // time it had left when it stopped (T2 to confirm.endsAt: 1 d 16 h), from T2, the last sighting of
    // the stop — the earliest the refund can have ended.
    const T3 = '2026-11-22T10:00:00+00:00';
    const closed = mergeSnapshot(stopped, { ...stopped.snapshot, stage: 'closed', paused: undefined }, T3, 'refund');
    expect(closed.snapshot.stage).toBe('shipped');
    expect(closed.snapshot.paused).toEqual([{ ...stopped.snapshot.paused![0]!, over: T3 }]);
    expect(toView(closed, new Date(T3)).assessment.timers).toEqual([expect.objectContaining({
      clock: 'auto-confirm', endsAt: '2026-11-23T10:00:00+08:00', from: 'rule', resumed: { since: T2 },
    })]);
    // Paused again on the order page: a new stop, counted from its own first sighting.
    const again = mergeSnapshot(closed, { ...closed.snapshot, stage: 'refund-requested', pageClocks: [], paused: [words] }, T3, 'order-detail');
    expect(again.snapshot.paused).toEqual([{ ...words, readAt: T3, page: 'order-detail', since: T3 }]);
    // The order page shows the countdown again: no stop.
    const resumed = mergeSnapshot(stopped, { ...stopped.snapshot, stage: 'shipped', pageClocks: [confirm], paused: undefined }, T2, 'order-detail');
    expect(resumed.snapshot.paused).toBeUndefined();
  });
});
