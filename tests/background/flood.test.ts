// A page drawing made-up orders as fast as it likes: it fills its own marketplace's share of the store
// and nothing more. Another marketplace's orders stay whole, orders with notes or running clocks stay,
// and reminders still go out.
import { describe, expect, it } from 'vitest';
import { MAX_BYTES_PER_MARKETPLACE, MAX_NEW_PER_TAB_MINUTE, MAX_ORDERS_PER_MARKETPLACE } from '../../src/background/budget';
import { createRouter } from '../../src/background/router';
import { createStore } from '../../src/background/store';
import type { Sender } from '../../src/background/sender';
import { createReminders } from '../../src/background/reminders';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import type { PlanOrder } from '../../src/background/planner';
import type { KeyValueArea } from '../../src/lib/storage';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const ID = 'buyer-clock-test-id';
const LIST = 'https://www.aliexpress.com/p/order/index.html';
const TAOBAO = 'https://trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=4187000000000001111';
const tabAt = (url: string, id: number): Sender => ({ id: ID, url, frameId: 0, tab: { id, url } });

/** storage.local with Chrome's quota: a write that would not fit fails whole. */
function quotaArea(limitBytes: number): KeyValueArea & { data: Record<string, unknown> } {
  const area = memoryArea();
  const used = (data: Record<string, unknown>) => Object.entries(data).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  return { ...area, async set(items) {
    if (used({ ...area.data, ...items }) > limitBytes) throw new Error('QUOTA_BYTES quota exceeded');
    await area.set(items);
  } };
}

function world(area = quotaArea(10 * 1024 * 1024)) {
  let ms = Date.parse('2026-11-20T00:00:00Z');
  const now = () => new Date(ms);
  const store = createStore(area, now, () => {});
  const route = createRouter({ store, runtimeId: ID, extensionOrigin: `chrome-extension://${ID}/`, now, log: () => {} });
  return { area, store, route, now, tick: (s: number) => { ms += s * 1000; } };
}

let serial = 0;
/** A made-up order as a flooding page draws it: open, with a clock running for weeks, long texts. */
const fake = () => snapshot({
  orderId: `9${String(serial++).padStart(15, '0')}`, stage: 'shipped', statusText: 'Awaiting delivery '.repeat(20), title: 'Cable '.repeat(80),
  pageClocks: [{ clock: 'protection', endsAt: '2026-12-30T00:00:00Z', text: 'x'.repeat(200) }], buttons: [],
});
const flood = (n: number) => reading(Array.from({ length: n }, fake), { kind: 'order-list', url: LIST });

const orderKeys = (area: { data: Record<string, unknown> }, prefix: string) => Object.keys(area.data).filter((k) => k.startsWith(prefix));
const bytesOf = (area: { data: Record<string, unknown> }, prefix: string) =>
  orderKeys(area, prefix).reduce((n, k) => n + k.length + JSON.stringify(area.data[k]).length, 0);

async function seed(w: ReturnType<typeof world>) {
  // A real, finished Taobao order: the kind the store used to archive to make room for anyone.
  const taobao = snapshot({
    marketplace: 'taobao', orderId: '4187000000000001111', stage: 'completed', statusText: '交易成功', title: '台灯',
    total: { amount: '89.00', currency: 'CNY' }, url: TAOBAO, events: { placedAt: '2026-10-01T10:00:00+08:00', completedAt: '2026-10-20T10:00:00+08:00' },
  });
  await w.route({ type: 'page-read', reading: reading([taobao], { marketplace: 'taobao', url: TAOBAO }) }, tabAt(TAOBAO, 3));
  // Real AliExpress orders: one with the buyer's notes, one with a clock running.
  const noted = snapshot({ orderId: '8190000000000010', stage: 'completed', statusText: 'Completed', pageClocks: [] });
  const open = snapshot({ orderId: '8190000000000011', stage: 'shipped', pageClocks: [{ clock: 'protection', endsAt: '2026-12-20T00:00:00Z', text: '' }] });
  await w.store.observe(reading([noted, open]));
  await w.store.setNotes('order:aliexpress:8190000000000010', { problem: true });
  expect(w.area.data['order:taobao:4187000000000001111']).toBeDefined();
  return structuredClone(w.area.data['order:taobao:4187000000000001111']);
}

describe('a page flooding the store', () => {
  it('adds no more new orders per tab and minute than a buyer paging through a list', async () => {
    const w = world();
    for (let second = 0; second < 60; second++, w.tick(0.5)) await w.route({ type: 'page-read', reading: flood(50) }, tabAt(LIST, 9));
    expect(orderKeys(w.area, 'order:aliexpress:')).toHaveLength(MAX_NEW_PER_TAB_MINUTE);
    // The page still gets its clocks for what it showed.
    const reply = (await w.route({ type: 'page-read', reading: flood(5) }, tabAt(LIST, 9))) as { ok: boolean; orders: unknown[] };
    expect(reply.ok).toBe(true);
    expect(reply.orders).toHaveLength(5);
    // A minute later the tab may add again.
    w.tick(60);
    await w.route({ type: 'page-read', reading: flood(10) }, tabAt(LIST, 9));
    expect(orderKeys(w.area, 'order:aliexpress:')).toHaveLength(MAX_NEW_PER_TAB_MINUTE + 10);
  });

  it('fills only its own marketplace’s share: another marketplace’s orders, notes and running clocks stay whole', async () => {
    const w = world();
    const taobaoBefore = await seed(w);
    // Many tabs, each at its full pace, for long enough to fill several shares.
    for (let round = 0; round < 12; round++, w.tick(61)) {
      for (let tab = 10; tab < 12; tab++) await w.route({ type: 'page-read', reading: flood(150) }, tabAt(LIST, tab));
    }
    // Full: the share, not the flood's length, stopped it.
    const filled = Math.max(orderKeys(w.area, 'order:aliexpress:').length / MAX_ORDERS_PER_MARKETPLACE, bytesOf(w.area, 'order:aliexpress:') / MAX_BYTES_PER_MARKETPLACE);
    expect(filled).toBeGreaterThan(0.99);
    expect(orderKeys(w.area, 'order:aliexpress:').length).toBeLessThanOrEqual(MAX_ORDERS_PER_MARKETPLACE);
    expect(bytesOf(w.area, 'order:aliexpress:')).toBeLessThanOrEqual(MAX_BYTES_PER_MARKETPLACE);
    expect(w.area.data['order:taobao:4187000000000001111']).toEqual(taobaoBefore);
    expect(w.area.data['order:aliexpress:8190000000000010']).toBeDefined();
    expect(w.area.data['order:aliexpress:8190000000000011']).toBeDefined();
    expect(w.area.data.archive).toBeUndefined();
    // The rest of the store still takes writes: the buyer's notes on the Taobao order.
    expect(await w.store.setNotes('order:taobao:4187000000000001111', { evidence: ['chat'] })).not.toBeNull();
    // And the page's own marketplace still takes updates to orders it keeps.
    const [again] = await w.store.observe(reading([snapshot({ orderId: '8190000000000011', stage: 'delivered', pageClocks: [] })]));
    expect(again!.snapshot.stage).toBe('delivered');
    expect(w.area.data['order:aliexpress:8190000000000011']).toMatchObject({ snapshot: { stage: 'delivered' } });
  }, 60_000);

  it('archives to make room only within the writing page’s marketplace', async () => {
    // A store so small that Chrome's quota comes before the marketplace's share.
    const w = world(quotaArea(60_000));
    const taobaoBefore = await seed(w);
    const finished = snapshot({ orderId: '8190000000000012', stage: 'completed', statusText: 'Completed', pageClocks: [] });
    await w.store.observe(reading([finished]));
    for (let round = 0; round < 20; round++, w.tick(61)) await w.route({ type: 'page-read', reading: flood(20) }, tabAt(LIST, 9));
    expect(w.area.data['order:taobao:4187000000000001111']).toEqual(taobaoBefore);
    expect(w.area.data['order:aliexpress:8190000000000010']).toBeDefined();
    expect(w.area.data['order:aliexpress:8190000000000011']).toBeDefined();
    const archived = (w.area.data.archive as { orders: { key: string }[] } | undefined)?.orders.map((o) => o.key);
    expect(archived).toEqual(['order:aliexpress:8190000000000012']);
  });

  it('still delivers a reminder when the sent log cannot be written', async () => {
    const local = memoryArea();
    const shown: string[] = [];
    const failing: KeyValueArea = { ...local, set: async () => { throw new Error('QUOTA_BYTES quota exceeded'); } };
    const due = Date.parse('2026-11-20T10:00:00Z');
    const order: PlanOrder = {
      key: 'order:taobao:1', marketplace: 'taobao', orderId: '1', title: 'Lamp',
      timers: [{ clock: 'protection', ruleId: 'tb-auto-confirm', actor: 'buyer', endsAt: '2026-11-20T12:00:00+00:00', from: 'page', onExpiry: 'auto-confirm', confidence: 'page' }],
    };
    const reminders = createReminders({
      tracked: async () => [order],
      settings: async () => ({ ...DEFAULT_SETTINGS, quiet: { ...DEFAULT_SETTINGS.quiet, enabled: false } }),
      local: failing, alarms: { create: () => undefined, clear: async () => true, get: async () => ({ name: 'x' }) },
      show: async (notice) => { shown.push(notice.kind); }, badge: async () => {}, now: () => due, zone: () => 'UTC', log: () => {},
    });
    await reminders.run();
    expect(shown.length).toBeGreaterThan(0);
  });

  it('plans once for many store changes arriving together', async () => {
    let plans = 0;
    const reminders = createReminders({
      tracked: async () => { plans += 1; return []; }, settings: async () => DEFAULT_SETTINGS, local: memoryArea(),
      alarms: { create: () => undefined, clear: async () => true, get: async () => ({ name: 'x' }) },
      show: async () => {}, badge: async () => {}, now: () => Date.parse('2026-11-20T10:00:00Z'), zone: () => 'UTC', log: () => {},
    });
    await Promise.all([reminders.run(), ...Array.from({ length: 50 }, () => reminders.replan())]);
    expect(plans).toBe(2);
  });
});
