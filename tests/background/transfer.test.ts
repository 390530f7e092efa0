import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createManualStore } from '../../src/background/manual-store';
import { createStore } from '../../src/background/store';
import { deleteAll, deleteMarketplace, exportData, importBatch } from '../../src/background/transfer';
import { MAX_HISTORY } from '../../src/background/merge';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const now = () => new Date('2026-11-20T00:00:00Z');

async function filled() {
  const area = memoryArea();
  await createStore(area, now).observe(reading([snapshot()]));
  await createManualStore(area, now, () => 'k1').add({ marketplace: 'kuaishou', stage: 'delivered', event: 'deliveredAt', at: '2026-11-19T10:00:00+08:00' });
  return area;
}

describe('export and import', () => {
  it('an export imports into an empty browser unchanged', async () => {
    const file = await exportData(await filled(), now());
    expect(file.orders).toHaveLength(1);
    expect(file.manual).toHaveLength(1);
    const fresh = memoryArea();
    expect(await importBatch(fresh, file.orders, file.manual)).toEqual({ added: 2, updated: 0, unchanged: 0, rejected: [] });
    expect((await exportData(fresh, now())).orders).toEqual(file.orders);
  });

  it('merges: a copy seen later replaces the kept one, an older or equal one does not', async () => {
    const area = await filled();
    const { orders } = await exportData(area, now());
    const newer = { ...orders[0]!, lastSeen: '2026-11-21T00:00:00+00:00', snapshot: { ...orders[0]!.snapshot, stage: 'closed' } };
    expect(await importBatch(area, [orders[0], newer], [])).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect((await exportData(area, now())).orders[0]!.snapshot.stage).toBe('closed');
  });

  it('says what it left out and why, and keeps the rest', async () => {
    const area = memoryArea();
    const { orders } = await exportData(await filled(), now());
    const renamed = { ...orders[0]!, key: 'order:aliexpress:999' };
    const result = await importBatch(area, [{ orderId: 'x1', stage: 'paid-twice' }, renamed, orders[0]], [{ schema: 1 }]);
    expect(result.rejected).toEqual([
      { item: 'order #1 (x1)', reason: 'invalid' },
      { item: 'order #2 (8190000000000417)', reason: 'key-mismatch' },
      { item: 'manual #1', reason: 'invalid' },
    ]);
    expect(result.added).toBe(1);
  });

  it('imports a file exported before v3, its orders in the v2 form, and still checks their keys', async () => {
    const v2 = JSON.parse(readFileSync('tests/fixtures/storage/order-v2.json', 'utf8'));
    const area = memoryArea();
    const renamed = { ...v2, key: 'order:1688:999' };
    expect(await importBatch(area, [v2, renamed], [])).toEqual({
      added: 1, updated: 0, unchanged: 0, rejected: [{ item: 'order #2 (3391023349510627)', reason: 'key-mismatch' }],
    });
    const { orders } = await exportData(area, now());
    expect(orders).toEqual([{
      ...v2, schema: 3,
      history: [...v2.history.slice(0, 2), { stage: 'refund-requested', at: '2026-11-12T02:00:00+00:00' }],
    }]);
  });

  it('drops a link that is not https: on a marketplace, as reading a page would', async () => {
    const area = memoryArea();
    const { orders } = await exportData(await filled(), now());
    const hostile = { ...orders[0]!, snapshot: { ...orders[0]!.snapshot, url: ['javascript', 'alert(1)'].join(':') } };
    await importBatch(area, [hostile], []);
    expect((await exportData(area, now())).orders[0]!.snapshot).not.toHaveProperty('url');
  });

  it('holds an imported order to the bounds of one read off a page: capped history, short texts', async () => {
    const { orders } = await exportData(await filled(), now());
    const order = orders[0]!;
    const stages = ['awaiting-shipment', 'shipped', 'refund-requested', 'shipped', 'refund-requested'] as const;
    const history = Array.from({ length: 400 }, (_, i) => ({
      stage: stages[i % stages.length]!, statusText: 'x'.repeat(400), at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('.000Z', '+00:00'),
    }));
    const area = memoryArea();
    expect(await importBatch(area, [{ ...order, history }], [])).toMatchObject({ added: 1, rejected: [] });
    const kept = (await exportData(area, now())).orders[0]!;
    expect(kept.history.length).toBeLessThanOrEqual(MAX_HISTORY);
    expect(kept.history[0]).toEqual(history[0]);
    expect(JSON.stringify(area.data).length).toBeLessThan(8_000);

    const long = { ...order, orderId: order.orderId, history: [{ stage: 'shipped', statusText: 'x'.repeat(280_000), at: order.firstSeen }] };
    expect(await importBatch(memoryArea(), [long], [])).toMatchObject({ added: 0, rejected: [{ reason: 'invalid' }] });
  });

  it('deletes one marketplace’s read orders and archived lines, and nothing else', async () => {
    const local = await filled();
    await createStore(local, now).observe(reading([snapshot({ marketplace: 'taobao', orderId: '4187000000000001111' })], { marketplace: 'taobao' }));
    await local.set({ archive: { schema: 1, orders: [
      { key: 'order:aliexpress:1', marketplace: 'aliexpress', orderId: '1', stage: 'completed', statusText: '', lastSeen: '2026-01-01T00:00:00+00:00', archivedAt: '2026-02-01T00:00:00+00:00' },
      { key: 'order:taobao:2', marketplace: 'taobao', orderId: '2', stage: 'completed', statusText: '', lastSeen: '2026-01-01T00:00:00+00:00', archivedAt: '2026-02-01T00:00:00+00:00' },
    ] } });
    expect(await deleteMarketplace(local, 'aliexpress')).toBe(1);
    expect(Object.keys(local.data).sort()).toEqual(['archive', 'manual:k1', 'order:taobao:4187000000000001111']);
    expect((local.data.archive as { orders: { key: string }[] }).orders.map((o) => o.key)).toEqual(['order:taobao:2']);
  });

  it('holds imported orders to their marketplace\'s share of the store, as read ones are', async () => {
    const { orders } = await exportData(await filled(), now());
    const area = memoryArea();
    const many = Array.from({ length: 40 }, (_, i) => {
      const orderId = `81900000000${String(i).padStart(5, '0')}`;
      return { ...orders[0]!, key: `order:aliexpress:${orderId}`, orderId, snapshot: { ...orders[0]!.snapshot, orderId, title: 'x'.repeat(500), statusText: 'y'.repeat(500) } };
    });
    const budget = await import('../../src/background/budget');
    const perOrder = JSON.stringify(many[0]).length;
    // A share so full already that only a few more fit.
    const filler = 'z'.repeat(budget.MAX_BYTES_PER_MARKETPLACE - 10 * perOrder);
    await area.set({ 'order:aliexpress:1': { schema: 3, snapshot: { stage: 'shipped', statusText: filler }, lastSeen: 0, stages: [], times: [] } });
    const result = await importBatch(area, many, []);
    expect(result.added).toBeGreaterThan(0);
    expect(result.added).toBeLessThan(40);
    expect(result.rejected.every((r) => r.reason === 'over-limit')).toBe(true);
    expect(result.added + result.rejected.length).toBe(40);
    // Another marketplace's share is its own.
    const taobao = many.slice(0, 5).map((o) => ({ ...o, key: o.key.replace('aliexpress', 'taobao'), marketplace: 'taobao', snapshot: { ...o.snapshot, marketplace: 'taobao' } }));
    expect(await importBatch(area, taobao, [])).toMatchObject({ added: 5, rejected: [] });
  });

  it('delete all empties both storage areas', async () => {
    const local = await filled();
    const sync = memoryArea({ settings: { schema: 1 } });
    await deleteAll(local, sync);
    expect(local.data).toEqual({});
    expect(sync.data).toEqual({});
  });
});
