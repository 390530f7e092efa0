// Settings, hand-tracked orders and data transfer go through the one router, and only from our pages.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRouter } from '../../src/background/router';
import { createStore } from '../../src/background/store';
import { createManualStore } from '../../src/background/manual-store';
import { createSettingsStore } from '../../src/background/settings-store';
import { createPageHandlers } from '../../src/background/pages';
import { createStrings } from '../../src/background/strings';
import { trackedViews } from '../../src/background/tracked';
import type { Sender } from '../../src/background/sender';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const ID = 'buyer-clock-test-id';
const ORIGIN = 'chrome-extension://buyer-clock-test-id/';
const options: Sender = { id: ID, url: `${ORIGIN}src/options/index.html` };
const DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
const tab: Sender = { id: ID, url: DETAIL, frameId: 0, tab: { id: 7, url: DETAIL } };

function setup() {
  const local = memoryArea();
  const sync = memoryArea();
  const logs: string[] = [];
  const now = () => new Date('2026-11-20T00:00:00Z');
  const store = createStore(local, now);
  const manual = createManualStore(local, now, () => 'k1');
  const settings = createSettingsStore(sync);
  const strings = createStrings(async (lang) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')), () => '');
  const chosen = async () => strings.strings((await settings.get()).language);
  const route = createRouter({
    store, runtimeId: ID, extensionOrigin: ORIGIN, now, log: (m) => logs.push(m),
    tracked: (at) => trackedViews(store, manual, at), strings: chosen,
    pages: createPageHandlers({ store, settings, manual, strings: strings.strings, local, sync, now }),
  });
  return { local, sync, logs, route };
}

describe('messages from the extension\'s pages', () => {
  it.each([
    ['a content script', tab],
    ['a web page', { id: ID, url: 'https://evil.example/options' }],
    ['another extension', { ...options, id: 'someone-else' }],
  ])('refuses settings, imports and deletion from %s', async (_name, sender) => {
    const { sync, local, logs, route } = setup();
    for (const message of [
      { type: 'set-settings', settings: { ...DEFAULT_SETTINGS, schema: undefined } },
      { type: 'import-data', orders: [], manual: [] },
      { type: 'delete-all', confirmed: true },
      { type: 'export-data' },
    ]) expect(route(message, sender as Sender)).toBeUndefined();
    expect(logs).toHaveLength(4);
    expect(sync.data).toEqual({});
    expect(local.data).toEqual({});
  });

  it('saves settings in storage.sync and hands over the chosen language\'s messages', async () => {
    const { sync, route } = setup();
    const reply = (await route({ type: 'get-settings' }, options)) as { settings: unknown; strings: unknown };
    expect(reply).toMatchObject({ ok: true, settings: DEFAULT_SETTINGS, strings: null });
    const { schema: _schema, ...fields } = DEFAULT_SETTINGS;
    const saved = (await route({ type: 'set-settings', settings: { ...fields, language: 'pl', leadMinutes: [60, 1440, 60] } }, options)) as {
      settings: { leadMinutes: number[] }; strings: Record<string, { message: string }>;
    };
    expect(saved.settings.leadMinutes).toEqual([1440, 60]);
    expect(saved.strings.options_title!.message).toBe('Ustawienia Buyer Clock');
    expect(sync.data.settings).toMatchObject({ schema: 1, language: 'pl' });
    // The content script's page-read reply carries the same messages.
    const page = (await route({ type: 'page-read', reading: reading([snapshot()]) }, tab)) as { strings: Record<string, unknown> };
    expect(page.strings).toHaveProperty('sidebarLabel');
  });

  it('refuses settings that do not validate', async () => {
    const { route } = setup();
    const { schema: _schema, ...fields } = DEFAULT_SETTINGS;
    expect(route({ type: 'set-settings', settings: { ...fields, leadMinutes: [1] } }, options)).toBeUndefined();
  });

  it('tracks a Kuaishou order by hand and lists it with its 7-day clock', async () => {
    const { route } = setup();
    const added = (await route({
      type: 'add-manual-order',
      order: { marketplace: 'kuaishou', stage: 'delivered', event: 'deliveredAt', at: '2026-11-19T10:00:00+08:00', note: 'Jacket' },
    }, options)) as { ok: boolean; order: { key: string; assessment: { timers: { ruleId: string; endsAt: string; actor: string }[] } } };
    expect(added.ok).toBe(true);
    expect(added.order.assessment.timers[0]).toMatchObject({ ruleId: 'ks-no-reason-return', actor: 'buyer' });
    const list = (await route({ type: 'list-orders' }, options)) as { orders: { key: string; manual?: unknown }[] };
    expect(list.orders.map((o) => o.key)).toEqual(['manual:k1']);
    expect(list.orders[0]!.manual).toMatchObject({ note: 'Jacket', checklist: [] });
  });

  it('keeps the Cainiao refusal checklist the buyer ticks off', async () => {
    const { route } = setup();
    await route({ type: 'add-manual-order', order: { marketplace: 'cainiao', stage: 'refund-requested', event: 'refundRequestedAt', at: '2026-11-19T10:00:00+08:00' } }, options);
    const ticked = (await route({ type: 'set-checklist', key: 'manual:k1', checklist: ['agree-seller', 'bring-items'] }, options)) as { order: { manual: { checklist: string[] } } };
    expect(ticked.order.manual.checklist).toEqual(['agree-seller', 'bring-items']);
    expect(route({ type: 'set-checklist', key: 'order:aliexpress:1', checklist: [] }, options)).toBeUndefined();
  });

  it('keeps the evidence ticked off on a hand-tracked order, through a reopen, an export and an import', async () => {
    const { route, local } = setup();
    await route({ type: 'add-manual-order', order: { marketplace: 'kuaishou', stage: 'refund-refused', event: 'refundRefusedAt', at: '2026-11-19T10:00:00+08:00' } }, options);
    const ticked = (await route({ type: 'set-manual-evidence', key: 'manual:k1', evidence: ['video', 'chat', 'video'] }, options)) as { order: { manual: { evidence: string[] } } };
    expect(ticked.order.manual.evidence).toEqual(['video', 'chat']);
    // The popup reopened: the worker lists the ticks it kept.
    const list = (await route({ type: 'list-orders' }, options)) as { orders: { manual?: { evidence?: string[] } }[] };
    expect(list.orders[0]!.manual?.evidence).toEqual(['video', 'chat']);
    // Only from our pages, only for hand-tracked keys, only evidence the lists know.
    expect(route({ type: 'set-manual-evidence', key: 'manual:k1', evidence: ['video'] }, tab)).toBeUndefined();
    expect(route({ type: 'set-manual-evidence', key: 'order:aliexpress:1', evidence: [] }, options)).toBeUndefined();
    expect(route({ type: 'set-manual-evidence', key: 'manual:k1', evidence: ['selfie'] }, options)).toBeUndefined();
    const exported = (await route({ type: 'export-data' }, options)) as { data: { manual: { evidence?: string[] }[] } };
    expect(exported.data.manual[0]!.evidence).toEqual(['video', 'chat']);
    await route({ type: 'delete-all', confirmed: true }, options);
    expect(Object.keys(local.data).filter((k) => k.startsWith('manual:'))).toEqual([]);
    await route({ type: 'import-data', orders: [], manual: exported.data.manual }, options);
    const back = (await route({ type: 'list-orders' }, options)) as { orders: { manual?: { evidence?: string[] } }[] };
    expect(back.orders[0]!.manual?.evidence).toEqual(['video', 'chat']);
  });

  it('previews an order typed by hand exactly as saving it stores it, and offers the table\'s stages and events', async () => {
    const { route } = setup();
    const typed = { marketplace: 'xiaohongshu', stage: 'shipped', event: 'shippedAt', at: '2026-11-15T10:00:00+08:00' } as const;
    const preview = (await route({ type: 'preview-manual', order: typed }, options)) as {
      ok: boolean; stages: string[]; events: string[]; stage: string; event: string; order: { assessment: unknown; rules: unknown };
    };
    expect(preview).toMatchObject({ ok: true, stage: 'shipped', event: 'shippedAt', events: ['shippedAt'] });
    expect(preview.stages.slice(0, 2)).toEqual(['awaiting-payment', 'shipped']);
    const saved = (await route({ type: 'add-manual-order', order: typed }, options)) as { order: { assessment: { timers: unknown[] }; rules: unknown } };
    expect(saved.order.assessment.timers.length).toBeGreaterThan(0);
    expect(preview.order.assessment).toEqual(saved.order.assessment);
    expect(preview.order.rules).toEqual(saved.order.rules);
    // Before a time is typed: only what to offer; a stage the marketplace's form does not know falls back to its first.
    const empty = (await route({ type: 'preview-manual', order: { marketplace: 'kuaishou', stage: 'unknown' } }, options)) as { stage: string; event: string; order: unknown };
    expect(empty).toMatchObject({ stage: 'delivered', event: 'deliveredAt', order: null });
    // Only from our pages, and only what validates.
    expect(route({ type: 'preview-manual', order: typed }, tab)).toBeUndefined();
    expect(route({ type: 'preview-manual', order: { ...typed, at: 'tomorrow' } }, options)).toBeUndefined();
  });
});
