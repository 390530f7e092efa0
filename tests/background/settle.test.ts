// Long-finished orders in a small form: smaller in storage, the same to the buyer.
import { describe, expect, it } from 'vitest';
import { mergeSnapshot } from '../../src/background/merge';
import { toView } from '../../src/background/router';
import { settle } from '../../src/background/settle';
import { createStore } from '../../src/background/store';
import { exportData } from '../../src/background/transfer';
import type { OrderRecord } from '../../src/lib/storage';
import type { OrderSnapshot } from '../../src/rules/model';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const NOW = new Date('2026-11-22T08:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString().replace('.000Z', '+00:00');

/** An order seen placed, shipped and then finished, `finishedDaysAgo` days before NOW. */
function lived(last: Partial<OrderSnapshot>, finishedDaysAgo: number): OrderRecord {
  const placed = mergeSnapshot(null, snapshot({ ...last, stage: 'awaiting-shipment', statusText: 'Awaiting shipment' }), daysAgo(finishedDaysAgo + 30));
  const shipped = mergeSnapshot(placed, snapshot({ ...last, stage: 'shipped', statusText: 'Awaiting delivery' }), daysAgo(finishedDaysAgo + 20));
  return mergeSnapshot(shipped, snapshot(last), daysAgo(finishedDaysAgo));
}

// 1688 runs no clock once an order is closed without payment; AliExpress's dispute window runs 15 days
// after completion.
const CLOSED_1688: Partial<OrderSnapshot> = {
  marketplace: '1688', orderId: '3391023349510627', stage: 'closed', statusText: '交易关闭',
  events: { placedAt: '2026-06-01T00:00:00+08:00', closedAt: '2026-06-20T10:00:00+08:00' }, approximate: ['placedAt'],
  pageClocks: [{ clock: 'payment', endsAt: '2026-06-21T00:00:00+08:00', text: '剩余1天' }], buttons: ['删除订单'],
};
const COMPLETED_AE: Partial<OrderSnapshot> = {
  stage: 'completed', statusText: 'Completed', events: { placedAt: '2026-05-01T09:12:00-08:00', completedAt: '2026-06-10T09:00:00-08:00' },
  buttons: ['Leave feedback'],
};

describe('settling a long-finished order', () => {
  it('with no clock at all: keeps what the buyer sees and the notes, drops what only fed clocks', () => {
    const record = { ...lived(CLOSED_1688, 120), buyer: { problem: true, evidence: ['chat' as const] } };
    const settled = settle(record, NOW);
    expect(settled).toEqual({
      ...record,
      snapshot: {
        marketplace: '1688', orderId: '3391023349510627', stage: 'closed', statusText: '交易关闭', events: {}, pageClocks: [], buttons: [],
        title: 'Folding desk lamp', total: { amount: '26.70', currency: 'USD' },
      },
      history: [{ stage: 'awaiting-shipment', at: daysAgo(150) }, { stage: 'closed', at: daysAgo(120) }],
    });
    expect(toView(settled, NOW)).toEqual(toView(record, NOW));
    expect(settle(settled, NOW)).toBe(settled);
  });

  it('with clocks over for 90 days: keeps its snapshot (the popup still shows them) and the first and last stage', () => {
    const record = lived(COMPLETED_AE, 120);
    expect(toView(record, NOW).assessment.timers).toMatchObject([{ ruleId: 'ae-dispute-window', endsAt: '2026-06-25T09:00:00-08:00' }]);
    const settled = settle(record, NOW);
    expect(settled).toEqual({ ...record, history: [record.history[0], record.history[2]] });
    expect(toView(settled, NOW)).toEqual(toView(record, NOW));
    expect(settle(settled, NOW)).toBe(settled);
  });

  it('leaves alone an order finished less than 90 days ago, a clock over less than 90 days ago, and open orders', () => {
    const recent = lived(CLOSED_1688, 89);
    expect(settle(recent, NOW)).toBe(recent);
    const window = lived({ ...COMPLETED_AE, events: { completedAt: '2026-08-30T09:00:00-08:00' } }, 120);
    expect(settle(window, NOW)).toBe(window);
    const open = lived({ ...CLOSED_1688, stage: 'shipped' }, 300);
    expect(settle(open, NOW)).toBe(open);
  });
});

describe('the store settles', () => {
  it('a long-finished order a page shows again, and answers the page with the same view', async () => {
    const area = memoryArea();
    let now = new Date('2026-06-21T00:00:00Z');
    const store = createStore(area, () => now);
    await store.observe(reading([snapshot(CLOSED_1688)], { marketplace: '1688', kind: 'order-list' }));
    now = NOW;
    const [record] = await store.observe(reading([snapshot(CLOSED_1688)], { marketplace: '1688', kind: 'order-list' }));
    expect(area.data['order:1688:3391023349510627']).toEqual({
      schema: 3, snapshot: { stage: 'closed', statusText: '交易关闭', title: 'Folding desk lamp', total: { amount: '26.70', currency: 'USD' } },
      lastSeen: NOW.getTime() / 1000, stages: ['closed'], times: [Date.parse('2026-06-21T00:00:00Z') / 1000],
    });
    expect(toView(record!, NOW)).toMatchObject({ stage: 'closed', statusText: '交易关闭', assessment: { timers: [], next: null } });
  });

  it('orders no page shows any more, when the popup or the planner lists them; the export still has them', async () => {
    const area = memoryArea();
    let now = new Date('2026-06-21T00:00:00Z');
    const store = createStore(area, () => now);
    await store.observe(reading([snapshot(CLOSED_1688), snapshot({ ...CLOSED_1688, orderId: '3391023349510628', stage: 'shipped' })], { marketplace: '1688' }));
    await store.setNotes('order:1688:3391023349510627', { problem: true });
    const before = (await store.all()).map((r) => toView(r, NOW));
    now = NOW;
    const after = (await store.all()).map((r) => toView(r, NOW));
    expect(after).toEqual(before);
    expect(area.data['order:1688:3391023349510627']).toMatchObject({ snapshot: { stage: 'closed' }, buyer: { problem: true, evidence: [] } });
    expect(area.data['order:1688:3391023349510627']).not.toHaveProperty('snapshot.events');
    expect(area.data['order:1688:3391023349510628']).toHaveProperty('snapshot.events.closedAt');
    const exported = await exportData(area, NOW);
    expect(exported.orders.map((o) => [o.orderId, o.snapshot.stage, o.buyer.problem])).toEqual([
      ['3391023349510627', 'closed', true], ['3391023349510628', 'shipped', false],
    ]);
  });
});
