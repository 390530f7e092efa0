import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/background/store';
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

describe('a full storage', () => {
  it('archives the oldest finished orders first, never open ones, and tells the buyer', async () => {
    const area = fullArea(14_000);
    const store = createStore(area, clock);
    const history = 'x'.repeat(480); // long titles stand in for a year of history
    for (let i = 0; i < 8; i++, day++) {
      const stage = i % 2 === 0 ? 'completed' : 'shipped';
      await store.observe(reading([snapshot({ orderId: `81900000000000${10 + i}`, stage, statusText: stage, title: history })]));
    }
    const before = Object.keys(area.data).filter((k) => k.startsWith('order:')).length;
    // More orders than fit: the store must make room rather than fail.
    for (let i = 0; i < 6; i++, day++) {
      await store.observe(reading([snapshot({ orderId: `81900000000001${10 + i}`, stage: 'shipped', statusText: 'shipped', title: history })]));
    }
    const all = await store.all();
    const archive = area.data.archive as { orders: { orderId: string; stage: string }[] };
    expect(archive.orders.length).toBeGreaterThan(0);
    expect(archive.orders.every((o) => o.stage === 'completed')).toBe(true);
    // Oldest first: the first completed order went before any later one.
    expect(archive.orders[0]!.orderId).toBe('8190000000000010');
    // Every open (shipped) order is still there.
    expect(all.filter((r) => r.snapshot.stage === 'shipped')).toHaveLength(10);
    expect(before).toBe(8);
    expect(await store.health()).toMatchObject({ quarantined: 0, archived: archive.orders.length });
    expect((await store.health()).storageFullAt).toMatch(/^2026-11-/);
  });

  it('gives up, loudly, when only open orders are left', async () => {
    const area = fullArea(2_000);
    const store = createStore(area, clock);
    await store.observe(reading([snapshot({ orderId: '1', stage: 'shipped', title: 'y'.repeat(450) })]));
    await expect(store.observe(reading([snapshot({ orderId: '2', stage: 'shipped', title: 'y'.repeat(450) })]))).rejects.toThrow(/quota/);
    expect(Object.keys(area.data)).toEqual(['order:aliexpress:1']);
  });
});
