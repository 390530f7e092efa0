// Node-side benchmark entry (bundled by scripts/bench-node.mjs): 10,000 synthetic orders over every
// marketplace with rules and every stage, the engine over them, and the store's bytes at that size.
import { assess, RULES, STAGES, EVENT_NAMES, type OrderSnapshot, type Marketplace, type Stage, type EventName } from '../../src/rules';
import { createStore } from '../../src/background/store';
import { mergeSnapshot } from '../../src/background/merge';
import { ORDER_PREFIX, compactOrder, orderKey, type KeyValueArea, type OrderRecord, type StoredOrder } from '../../src/lib/storage';
import type { PageReading } from '../../src/rules/model';

export { assess };

const DAY = 86_400_000;
/** Marketplaces that have rules (a marketplace without rows would only measure an early return). */
export const MARKETPLACES = [...new Set(RULES.flatMap((r) => r.marketplaces))] as Marketplace[];

// Events in the order a purchase meets them; a stage has the events before it.
const PATH: EventName[] = ['placedAt', 'paidAt', 'shippedAt', 'deliveredAt', 'receivedAt', 'completedAt'];
const EXTRA: Partial<Record<Stage, EventName[]>> = {
  'cancel-requested': ['cancelRequestedAt'], 'refund-requested': ['refundRequestedAt'],
  'refund-refused': ['refundRequestedAt', 'refundRefusedAt'], 'return-awaiting-buyer': ['refundRequestedAt', 'returnAgreedAt'],
  'return-shipped': ['refundRequestedAt', 'returnAgreedAt', 'returnShippedAt'], 'dispute-open': ['disputeOpenedAt'],
  closed: ['closedAt'], refunded: ['refundRequestedAt', 'closedAt'],
};
const DEPTH: Record<Stage, number> = {
  'awaiting-payment': 1, 'payment-verifying': 2, 'awaiting-shipment': 2, 'cancel-requested': 2, shipped: 3, delivered: 4,
  'refund-requested': 3, 'refund-refused': 3, 'return-awaiting-buyer': 4, 'return-shipped': 4, 'dispute-open': 3,
  completed: 6, closed: 2, refunded: 3, unknown: 1,
};

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

/** n orders, cycling every marketplace × stage, with events spread over the last 60 days before `now`. */
export function syntheticOrders(n: number, now: number, seed = 1): OrderSnapshot[] {
  const random = rng(seed);
  const out: OrderSnapshot[] = [];
  for (let i = 0; i < n; i++) {
    const marketplace = MARKETPLACES[i % MARKETPLACES.length]!;
    const stage = STAGES[Math.floor(i / MARKETPLACES.length) % STAGES.length]!;
    const events: OrderSnapshot['events'] = {};
    let at = now - Math.floor(random() * 60 * DAY) - DAY;
    for (const name of [...PATH.slice(0, DEPTH[stage]), ...(EXTRA[stage] ?? [])]) {
      if (!EVENT_NAMES.includes(name)) continue;
      events[name] = iso(at);
      at = Math.min(now - 60_000, at + Math.floor(random() * 4 * DAY));
    }
    const withClock = random() < 0.3;
    out.push({
      marketplace, orderId: String(8_190_000_000_000_000 + i), stage, statusText: stage, events,
      pageClocks: withClock ? [{ clock: 'auto-confirm', endsAt: iso(now + Math.floor(random() * 10 * DAY)), text: '9 days 10 hours' }] : [],
      buttons: ['Confirm received', 'Open dispute'].slice(0, 1 + (i % 2)),
      title: `Invented item ${i}`, total: { amount: (random() * 100).toFixed(2), currency: 'USD' },
    });
  }
  return out;
}

export function memoryArea(): KeyValueArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(keys) {
      if (keys === null || keys === undefined) return structuredClone(data);
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = structuredClone(v);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete data[k];
    },
  };
}

/** What storage.local counts against its quota: each key's length plus its value as JSON. */
export function quotaBytes(data: Record<string, unknown>): number {
  let n = 0;
  for (const [k, v] of Object.entries(data)) n += k.length + JSON.stringify(v).length;
  return n;
}

// A year of an order's life as list and detail pages show it: the stages it passes through, in order.
const LIFE: Stage[][] = [
  ['awaiting-payment', 'awaiting-shipment', 'shipped', 'delivered', 'completed'],
  ['awaiting-payment', 'awaiting-shipment', 'shipped', 'refund-requested', 'return-awaiting-buyer', 'return-shipped', 'refunded'],
  ['awaiting-payment', 'awaiting-shipment', 'cancel-requested', 'closed'],
  ['awaiting-payment', 'awaiting-shipment', 'shipped', 'dispute-open', 'refund-refused', 'dispute-open', 'completed'],
];

/**
 * 10,000 orders through the real store (createStore over an in-memory area), each seen on list pages of
 * 50 orders at every stage of a year's life: the store's bytes then, per order and in all.
 */
export async function storeAtScale(n: number, now: number): Promise<{ bytes: number; orders: number; historyEntries: number }> {
  const area = memoryArea();
  const orders = syntheticOrders(n, now);
  const yearAgo = now - 365 * DAY;
  let clock = yearAgo;
  const store = createStore(area, () => new Date(clock), () => {});
  const longest = Math.max(...LIFE.map((l) => l.length));
  for (let step = 0; step < longest; step++) {
    clock = yearAgo + Math.floor(((step + 1) / longest) * 364 * DAY);
    for (let i = 0; i < orders.length; i += 50) {
      const batch = orders.slice(i, i + 50).flatMap((o, j) => {
        const life = LIFE[(i + j) % LIFE.length]!;
        const stage = life[Math.min(step, life.length - 1)]!;
        return [{ ...o, stage, statusText: stage }];
      });
      const reading: PageReading = { marketplace: batch[0]!.marketplace, kind: 'order-list', url: 'https://example.invalid/', orders: batch, problems: [] };
      await store.observe(reading);
    }
  }
  const records = Object.entries(area.data).filter(([k]) => k.startsWith(ORDER_PREFIX)).map(([, r]) => r as StoredOrder);
  return { bytes: quotaBytes(area.data), orders: records.length, historyEntries: records.reduce((a, r) => a + r.stages.length, 0) };
}

/** The worst case the store allows: every order open, with as many history entries as merge.ts keeps. */
export function storeWorstCase(n: number, now: number): { bytes: number; historyPerOrder: number } {
  const [base] = syntheticOrders(1, now);
  let record: OrderRecord | null = null;
  for (let i = 0; i < 130; i++) {
    const stage: Stage = i % 2 ? 'dispute-open' : 'refund-refused';
    record = mergeSnapshot(record, { ...base!, stage, statusText: `${stage} — the seller has answered the dispute` }, iso(now - (130 - i) * 2 * DAY));
  }
  // As storage.local holds it (lib/order-record.ts's stored form), not as the worker works with it.
  const one = JSON.stringify(compactOrder(record!));
  const keyLen = orderKey(base!.marketplace, base!.orderId).length;
  return { bytes: n * (keyLen + one.length), historyPerOrder: record!.history.length };
}
