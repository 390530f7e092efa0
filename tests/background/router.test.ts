import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/background/router';
import { createStore } from '../../src/background/store';
import type { Sender } from '../../src/background/sender';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const ID = 'buyer-clock-test-id';
const ORIGIN = 'chrome-extension://buyer-clock-test-id/';
const DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
const tabSender: Sender = { id: ID, url: DETAIL, frameId: 0, tab: { id: 7, url: DETAIL } };

function setup() {
  const area = memoryArea();
  const logs: string[] = [];
  const now = () => new Date('2026-11-20T00:00:00Z');
  const store = createStore(area, now);
  const route = createRouter({ store, runtimeId: ID, extensionOrigin: ORIGIN, now, log: (m) => logs.push(m) });
  return { area, logs, route };
}

describe('message router', () => {
  it('answers a page reading from a supported tab with the orders\' assessments', async () => {
    const { area, route } = setup();
    const reply = (await route({ type: 'page-read', reading: reading([snapshot()]) }, tabSender)) as {
      ok: boolean; orders: { orderId: string; assessment: { timers: { clock: string; endsAt: string }[] }; rules: Record<string, unknown> }[];
      ui: { sidebarCollapsed: boolean };
    };
    expect(reply.ok).toBe(true);
    expect(reply.ui).toEqual({ sidebarCollapsed: false });
    expect(reply.orders[0]!.orderId).toBe('8190000000000417');
    const timer = reply.orders[0]!.assessment.timers[0]!;
    expect(timer).toMatchObject({ clock: 'cancel-response', endsAt: '2026-11-30T14:30:00-08:00' });
    expect(Object.keys(area.data)).toEqual(['order:aliexpress:8190000000000417']);
  });

  const forged: [string, unknown, Sender][] = [
    ['an unknown type', { type: 'delete-everything' }, tabSender],
    ['a wrong shape', { type: 'page-read', reading: { marketplace: 'aliexpress', orders: 'all of them' } }, tabSender],
    ['a stage outside the vocabulary', { type: 'page-read', reading: reading([snapshot({ stage: 'paid-twice' as never })]) }, tabSender],
    ['an oversized payload', { type: 'page-read', reading: reading([snapshot({ title: 'x'.repeat(600_000) })]) }, tabSender],
    ['too many orders', { type: 'page-read', reading: reading(Array.from({ length: 201 }, (_, i) => snapshot({ orderId: String(i) }))) }, tabSender],
    ['another extension', { type: 'page-read', reading: reading([snapshot()]) }, { ...tabSender, id: 'someone-else' }],
    ['no tab (e.g. another extension page)', { type: 'page-read', reading: reading([snapshot()]) }, { id: ID, url: DETAIL }],
    ['a tab on an unsupported host', { type: 'page-read', reading: reading([snapshot()]) }, { ...tabSender, url: 'https://evil.example/p/order/detail.html' }],
    ['a plain-http marketplace page', { type: 'page-read', reading: reading([snapshot()]) }, { ...tabSender, url: DETAIL.replace('https:', 'http:') }],
    ['a frame inside the page', { type: 'page-read', reading: reading([snapshot()]) }, { ...tabSender, frameId: 3 }],
    ['a reading claiming another marketplace', { type: 'page-read', reading: reading([snapshot({ marketplace: '1688' })], { marketplace: '1688' }) }, tabSender],
    ['an order list from a page of another marketplace', { type: 'page-read', reading: reading([snapshot({ marketplace: 'taobao' })]) }, tabSender],
    ['a store listing asked by a content script', { type: 'list-orders' }, tabSender],
    ['a settings change from a web page tab', { type: 'set-ui', sidebarCollapsed: true }, { ...tabSender, url: 'https://evil.example/' }],
    ['not an object at all', 'page-read', tabSender],
    ['notes for an order of another marketplace', { type: 'set-order-notes', key: 'order:1688:3900000000000000123', problem: true }, tabSender],
    ['notes from a web page pretending to be an extension page', { type: 'set-order-notes', key: 'order:aliexpress:1', problem: true }, { id: ID, url: 'https://evil.example/' }],
    ['evidence outside the list', { type: 'set-order-notes', key: 'order:aliexpress:1', evidence: ['bank-password'] }, tabSender],
  ];

  it.each(forged)('drops %s, logs it and changes nothing', async (_name, message, sender) => {
    const { area, logs, route } = setup();
    expect(route(message, sender)).toBeUndefined();
    expect(area.data).toEqual({});
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^buyer-clock: dropped a message/);
  });

  it('lists every order for an extension page', async () => {
    const { route } = setup();
    await route({ type: 'page-read', reading: reading([snapshot()]) }, tabSender);
    const reply = (await route({ type: 'list-orders' }, { id: ID, url: `${ORIGIN}src/popup/index.html` })) as { orders: unknown[] };
    expect(reply.orders).toHaveLength(1);
  });

  it('keeps the buyer\'s notes with the order, and raises the guard for a problem', async () => {
    const { route } = setup();
    await route({ type: 'page-read', reading: reading([snapshot({ stage: 'shipped', statusText: 'Awaiting delivery' })]) }, tabSender);
    const reply = (await route(
      { type: 'set-order-notes', key: 'order:aliexpress:8190000000000417', problem: true, evidence: ['chat', 'chat'] }, tabSender,
    )) as { ok: boolean; order: { buyer: unknown; guard: { reason: string } | null } };
    expect(reply.order.buyer).toEqual({ problem: true, evidence: ['chat'] });
    expect(reply.order.guard?.reason).toBe('buyer-problem');
    // The notes survive the next reading of the page.
    const again = (await route({ type: 'page-read', reading: reading([snapshot({ stage: 'shipped' })]) }, tabSender)) as { orders: { buyer: unknown }[] };
    expect(again.orders[0]!.buyer).toEqual({ problem: true, evidence: ['chat'] });
  });

  it('answers notes for an order it does not keep with an error, storing nothing', async () => {
    const { area, route } = setup();
    expect(await route({ type: 'set-order-notes', key: 'order:aliexpress:1', problem: true }, tabSender)).toEqual({ ok: false, error: 'no such order' });
    expect(area.data).toEqual({});
  });
});
