import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/background/store';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const clock = () => new Date('2026-11-22T08:00:00Z');

describe('order store', () => {
  it('keeps each order under its own key, with its history', async () => {
    const area = memoryArea();
    const store = createStore(area, clock);
    await store.observe(reading([snapshot(), snapshot({ orderId: '8190000000000418', stage: 'shipped', statusText: 'Awaiting delivery' })]));
    expect(Object.keys(area.data).sort()).toEqual(['order:aliexpress:8190000000000417', 'order:aliexpress:8190000000000418']);
    expect((await store.all()).map((r) => r.snapshot.stage).sort()).toEqual(['cancel-requested', 'shipped']);
  });

  it('stores an order without copies of what its key says, its times as seconds and no empty notes', async () => {
    const area = memoryArea();
    const [record] = await createStore(area, clock).observe(reading([snapshot()]));
    const seconds = clock().getTime() / 1000;
    expect(area.data['order:aliexpress:8190000000000417']).toEqual({
      schema: 3,
      snapshot: {
        stage: 'cancel-requested', statusText: 'Awaiting cancellation',
        events: { placedAt: '2026-11-10T09:12:00-08:00', cancelRequestedAt: '2026-11-16T14:30:00-08:00' },
        buttons: ['Contact seller'], title: 'Folding desk lamp', total: { amount: '26.70', currency: 'USD' },
      },
      lastSeen: seconds, stages: ['cancel-requested'], times: [seconds],
    });
    // The worker still works with the whole record.
    expect(record).toEqual({
      schema: 3, key: 'order:aliexpress:8190000000000417', marketplace: 'aliexpress', orderId: '8190000000000417',
      snapshot: snapshot(), firstSeen: '2026-11-22T08:00:00+00:00', lastSeen: '2026-11-22T08:00:00+00:00',
      history: [{ stage: 'cancel-requested', at: '2026-11-22T08:00:00+00:00' }], buyer: { problem: false, evidence: [] },
    });
    expect((await createStore(area, clock).all())).toEqual([record]);
  });

  it('loses no observation when ten tabs report at once', async () => {
    const area = memoryArea();
    const store = createStore(area, clock);
    const stages = ['awaiting-payment', 'awaiting-shipment', 'cancel-requested', 'closed'] as const;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.observe(reading([
        snapshot({ stage: stages[i % 4]!, statusText: `s${i}` }),
        snapshot({ orderId: `81900000000009${String(i).padStart(2, '0')}` }),
      ]))),
    );
    const all = await store.all();
    expect(all).toHaveLength(11);
    const shared = all.find((r) => r.orderId === '8190000000000417')!;
    // Ten sightings in order: the stage changed on every one of them (merge.ts keeps the first and the latest 5).
    expect(shared.history.map((h) => h.stage)).toEqual([0, 5, 6, 7, 8, 9].map((i) => stages[i % 4]));
    expect(shared.snapshot.statusText).toBe('s9');
  });

  it('sets a stored copy that does not validate aside instead of overwriting it', async () => {
    const broken = { schema: 1, key: 'order:aliexpress:8190000000000417', snapshot: { nonsense: true } };
    const area = memoryArea({ 'order:aliexpress:8190000000000417': broken });
    const logs: string[] = [];
    const store = createStore(area, clock, (m) => logs.push(m));
    await store.observe(reading([snapshot()]));
    expect(area.data['quarantine:order:aliexpress:8190000000000417']).toEqual(broken);
    expect((area.data['order:aliexpress:8190000000000417'] as { snapshot: { stage: string } }).snapshot.stage).toBe('cancel-requested');
    expect(logs).toHaveLength(1);
  });

  it('remembers whether the sidebar is collapsed', async () => {
    const store = createStore(memoryArea(), clock);
    expect((await store.ui()).sidebarCollapsed).toBe(false);
    await store.setUi({ sidebarCollapsed: true });
    expect((await store.ui()).sidebarCollapsed).toBe(true);
  });

  it('hides one order\'s sidebar at a time', async () => {
    const store = createStore(memoryArea(), clock);
    await store.setHidden('order:taobao:1', true);
    await store.setHidden('order:taobao:2', true);
    await store.setHidden('order:taobao:1', false);
    expect((await store.ui()).hidden).toEqual(['order:taobao:2']);
  });
});

describe('links from pages', () => {
  it.each([
    // eslint-disable-next-line no-script-url -- the hostile link under test
    ['javascript:alert(1)', undefined],
    ['http://www.aliexpress.com/p/order/detail.html?orderId=1', undefined],
    ['https://evil.example/p/order/detail.html', undefined],
    ['https://www.aliexpress.com/p/order/detail.html?orderId=1', 'https://www.aliexpress.com/p/order/detail.html?orderId=1'],
  ])('keeps %s only when it is https on a marketplace host', async (url, kept) => {
    const store = createStore(memoryArea(), clock);
    const [record] = await store.observe(reading([snapshot({ url })]));
    expect(record!.snapshot.url).toBe(kept);
  });
});
