import { describe, expect, it } from 'vitest';
import { mergeSnapshot } from '../../src/background/merge';
import { snapshot } from '../support/snapshots';

const T1 = '2026-11-20T10:00:00+00:00';
const T2 = '2026-11-21T10:00:00+00:00';

describe('mergeSnapshot', () => {
  it('starts a record with one history entry', () => {
    const record = mergeSnapshot(null, snapshot(), T1);
    expect(record).toMatchObject({ schema: 3, key: 'order:aliexpress:8190000000000417', firstSeen: T1, lastSeen: T1 });
    expect(record.history).toEqual([{ stage: 'cancel-requested', at: T1 }]);
  });

  it('keeps an exact time when a later list page knows only the day', () => {
    const detail = mergeSnapshot(null, snapshot(), T1);
    const list = snapshot({ events: { placedAt: '2026-11-10T00:00:00-08:00' }, approximate: ['placedAt'], buttons: [] });
    const merged = mergeSnapshot(detail, list, T2);
    expect(merged.snapshot.events).toEqual({
      placedAt: '2026-11-10T09:12:00-08:00', cancelRequestedAt: '2026-11-16T14:30:00-08:00',
    });
    expect(merged.snapshot.approximate).toBeUndefined();
    expect(merged.lastSeen).toBe(T2);
    expect(merged.firstSeen).toBe(T1);
  });

  it('replaces a day-only time once the exact one is seen', () => {
    const list = mergeSnapshot(null, snapshot({ events: { placedAt: '2026-11-10T00:00:00-08:00' }, approximate: ['placedAt'] }), T1);
    const merged = mergeSnapshot(list, snapshot(), T2);
    expect(merged.snapshot.events.placedAt).toBe('2026-11-10T09:12:00-08:00');
    expect(merged.snapshot.approximate).toBeUndefined();
  });

  it('adds a history entry only when the stage changes', () => {
    const first = mergeSnapshot(null, snapshot(), T1);
    const same = mergeSnapshot(first, snapshot(), T2);
    expect(same.history).toHaveLength(1);
    const closed = mergeSnapshot(same, snapshot({ stage: 'closed', statusText: 'Closed' }), T2);
    expect(closed.history).toEqual([{ stage: 'cancel-requested', at: T1 }, { stage: 'closed', at: T2 }]);
  });

  it('keeps the first entry, the stage a refund returns to and the latest ones when a dispute goes back and forth', () => {
    const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00+00:00`;
    let record = mergeSnapshot(null, snapshot({ marketplace: '1688', stage: 'awaiting-shipment', statusText: '等待卖家发货' }), at(1), 'order-list');
    record = mergeSnapshot(record, snapshot({ marketplace: '1688', stage: 'shipped', statusText: '等待买家收货' }), at(2), 'order-list');
    for (let day = 3; day < 23; day++) {
      const stage = day % 2 ? 'refund-requested' : 'refund-refused';
      record = mergeSnapshot(record, snapshot({ marketplace: '1688', stage, statusText: stage }), at(day), 'refund');
    }
    expect(record.history).toEqual([
      { stage: 'awaiting-shipment', at: at(1) }, { stage: 'shipped', statusText: '等待买家收货', at: at(2) },
      ...[19, 20, 21, 22].map((day) => ({ stage: day % 2 ? 'refund-requested' : 'refund-refused', at: at(day) })),
    ]);
    const closed = mergeSnapshot(record, snapshot({ marketplace: '1688', stage: 'closed', statusText: '退款关闭' }), at(23), 'refund');
    expect(closed.snapshot).toMatchObject({ stage: 'shipped', statusText: '等待买家收货' });
    expect(closed.firstSeen).toBe(at(1));
  });

  it('keeps page countdowns while the stage holds, drops them when it moves on', () => {
    const clock = { clock: 'protection' as const, endsAt: '2026-12-01T00:00:00-08:00', text: 'Buyer protection: 9 days' };
    const shipped = mergeSnapshot(null, snapshot({ stage: 'shipped', pageClocks: [clock] }), T1);
    expect(mergeSnapshot(shipped, snapshot({ stage: 'shipped' }), T2).snapshot.pageClocks).toEqual([{ ...clock, readAt: T1 }]);
    expect(mergeSnapshot(shipped, snapshot({ stage: 'completed' }), T2).snapshot.pageClocks).toEqual([]);
  });

  it('lets neither a tracking page nor an unreadable status overwrite a known stage', () => {
    const cancel = mergeSnapshot(null, snapshot(), T1);
    const tracked = mergeSnapshot(cancel, snapshot({ stage: 'shipped', statusText: 'In transit', buttons: [] }), T2, 'tracking');
    expect(tracked.snapshot.stage).toBe('cancel-requested');
    expect(tracked.history).toHaveLength(1);
    const unknown = mergeSnapshot(cancel, snapshot({ stage: 'unknown', statusText: '???' }), T2, 'order-detail');
    expect(unknown.snapshot).toMatchObject({ stage: 'cancel-requested', statusText: 'Awaiting cancellation' });
    expect(mergeSnapshot(null, snapshot({ stage: 'shipped' }), T1, 'tracking').snapshot.stage).toBe('shipped');
  });

  it('reads "refund closed" on a refund page as the request closing, not the trade', () => {
    const shipped = mergeSnapshot(null, snapshot({ marketplace: '1688', stage: 'shipped', statusText: '等待买家收货' }), T1, 'order-detail');
    const refund = mergeSnapshot(shipped, snapshot({ marketplace: '1688', stage: 'refund-requested', statusText: '等待卖家同意' }), T1, 'refund');
    const closed = mergeSnapshot(refund, snapshot({ marketplace: '1688', stage: 'closed', statusText: '退款关闭' }), T2, 'refund');
    expect(closed.snapshot).toMatchObject({ stage: 'shipped', statusText: '等待买家收货' });
    // Only the stage the refund started from keeps its text: the current one is the snapshot's.
    expect(closed.history).toEqual([
      { stage: 'shipped', statusText: '等待买家收货', at: T1 }, { stage: 'refund-requested', at: T1 }, { stage: 'shipped', at: T2 },
    ]);
    // Seen only on refund pages: nothing better is known than what the page says.
    const only = mergeSnapshot(mergeSnapshot(null, snapshot({ stage: 'refund-requested' }), T1, 'refund'), snapshot({ stage: 'closed' }), T2, 'refund');
    expect(only.snapshot.stage).toBe('closed');
  });

  it('keeps a Taobao or 1688 refund open when the order\'s own page still says 等待买家收货', () => {
    const refund = mergeSnapshot(null, snapshot({ marketplace: '1688', stage: 'refund-requested', statusText: '等待卖家同意', buttons: ['撤销申请'] }), T1, 'refund');
    const trade = snapshot({ marketplace: '1688', stage: 'shipped', statusText: '等待买家收货', buttons: ['确认收货', '延长收货时间'] });
    for (const kind of ['order-detail', 'order-list'] as const) {
      const merged = mergeSnapshot(refund, trade, T2, kind);
      expect(merged.snapshot).toMatchObject({ stage: 'refund-requested', statusText: '等待卖家同意', buttons: ['确认收货', '延长收货时间'] });
      expect(merged.history).toEqual([{ stage: 'refund-requested', at: T1 }]);
    }
    // The trade ending ends the refund too.
    expect(mergeSnapshot(refund, snapshot({ marketplace: '1688', stage: 'completed', statusText: '交易成功' }), T2, 'order-detail').snapshot.stage).toBe('completed');
    // On AliExpress the order page itself shows a dispute: "Awaiting delivery" there means it is over.
    const ali = mergeSnapshot(null, snapshot({ stage: 'dispute-open', statusText: 'Dispute in progress' }), T1, 'order-detail');
    expect(mergeSnapshot(ali, snapshot({ stage: 'shipped', statusText: 'Awaiting delivery' }), T2, 'order-detail').snapshot.stage).toBe('shipped');
  });
});
