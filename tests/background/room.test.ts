import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/background/router';
import { createStore } from '../../src/background/store';
import type { Sender } from '../../src/background/sender';
import { msToIso } from '../../src/lib/time';
import type { KeyValueArea } from '../../src/lib/storage';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

/** storage.local with Chrome's behaviour at its quota: a write that would not fit fails whole. */
function fullArea(limitBytes: number): KeyValueArea & { data: Record<string, unknown> } {
  const area = memoryArea();
  const size = (data: Record<string, unknown>) => JSON.stringify(data).length;
  return {
    ...area,
    async set(items) {
      if (size({ ...area.data, ...items }) > limitBytes) throw new Error('QUOTA_BYTES quota exceeded');
      await area.set(items);
    },
  };
}

let day = 1;
const clock = () => new Date(Date.UTC(2026, 10, day, 8));
const isoAt = (d: Date) => msToIso(d.getTime());
const ID = 'buyer-clock-test-id';
const DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
const tab: Sender = { id: ID, url: DETAIL, frameId: 0, tab: { id: 7, url: DETAIL } };

describe('a full storage', () => {
  it('archives the oldest finished orders first, never open ones, and tells the buyer', async () => {
    const area = fullArea(11_000); // about 13 of these orders
    const store = createStore(area, clock);
    const history = 'x'.repeat(480); // long titles stand in for a year of history
    for (let i = 0; i < 8; i++, day++) {
      const stage = i % 2 === 0 ? 'completed' : 'shipped';
      await store.observe(reading([snapshot({ orderId: `81900000000000${10 + i}`, stage, statusText: stage, title: history })]));
    }
    // The oldest finished order carries the buyer's notes: it stays whole.
    await store.setNotes('order:aliexpress:8190000000000010', { evidence: ['chat'] });
    const before = Object.keys(area.data).filter((k) => k.startsWith('order:')).length;
    // More orders than fit: the store must make room rather than fail.
    for (let i = 0; i < 6; i++, day++) {
      await store.observe(reading([snapshot({ orderId: `81900000000001${10 + i}`, stage: 'shipped', statusText: 'shipped', title: history })]));
    }
    const all = await store.all();
    const archive = area.data.archive as { orders: { orderId: string; stage: string }[] };
    expect(archive.orders.length).toBeGreaterThan(0);
    expect(archive.orders.every((o) => o.stage === 'completed')).toBe(true);
    // Oldest first: the first completed order without notes went before any later one.
    expect(archive.orders[0]!.orderId).toBe('8190000000000012');
    expect(all.find((r) => r.orderId === '8190000000000010')?.buyer.evidence).toEqual(['chat']);
    // Every open (shipped) order is still there.
    expect(all.filter((r) => r.snapshot.stage === 'shipped')).toHaveLength(10);
    expect(before).toBe(8);
    expect(await store.health()).toMatchObject({ quarantined: 0, archived: archive.orders.length });
    expect((await store.health()).storageFullAt).toMatch(/^2026-11-/);
  });

  it('with only open orders left, saves nothing, says so, and still answers the page', async () => {
    const area = fullArea(1_200); // one of these orders
    const logs: string[] = [];
    const store = createStore(area, clock, (m) => logs.push(m));
    await store.observe(reading([snapshot({ orderId: '1', stage: 'shipped', title: 'y'.repeat(450) })]));
    const [second] = await store.observe(reading([snapshot({ orderId: '2', stage: 'shipped', title: 'y'.repeat(450) })]));
    expect(second).toMatchObject({ key: 'order:aliexpress:2', snapshot: { stage: 'shipped' }, lastSeen: isoAt(clock()) });
    expect(Object.keys(area.data)).toEqual(['order:aliexpress:1', 'health']);
    expect(await store.health()).toEqual({ quarantined: 0, storageFullAt: isoAt(clock()), archived: 0 });
    expect(logs).toEqual(['buyer-clock: storage is full; 1 orders were read but not saved']);
  });

  it('a page read past the quota still gets its clocks from the router', async () => {
    const area = fullArea(1_200);
    const store = createStore(area, clock, () => {});
    const route = createRouter({ store, runtimeId: ID, extensionOrigin: `chrome-extension://${ID}/`, now: clock, log: () => {} });
    await store.observe(reading([snapshot({ orderId: '1', stage: 'shipped', title: 'y'.repeat(450) })]));
    const reply = (await route({ type: 'page-read', reading: reading([snapshot({ title: 'y'.repeat(450) })]) }, tab)) as {
      ok: boolean; orders: { orderId: string; assessment: { timers: { clock: string; endsAt: string }[] } }[];
    };
    expect(reply.ok).toBe(true);
    expect(reply.orders.map((o) => o.orderId)).toEqual(['8190000000000417']);
    expect(reply.orders[0]!.assessment.timers).toMatchObject([{ clock: 'cancel-response', endsAt: '2026-11-30T14:30:00-08:00' }]);
    expect(Object.keys(area.data).filter((k) => k.startsWith('order:'))).toEqual(['order:aliexpress:1']);
  });
});
