// What the popup learns about the store itself, and what the buyer can do about it: save the copies
// that were set aside, then delete them; acknowledge that storage ran full. And the buyer's own writes
// (imports) wait their turn behind the pages' readings.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRouter } from '../../src/background/router';
import { createStore } from '../../src/background/store';
import { createManualStore } from '../../src/background/manual-store';
import { createSettingsStore } from '../../src/background/settings-store';
import { createPageHandlers, SET_ASIDE_FORMAT } from '../../src/background/pages';
import { createStrings } from '../../src/background/strings';
import { trackedViews } from '../../src/background/tracked';
import type { Sender } from '../../src/background/sender';
import { loadOrder, type KeyValueArea } from '../../src/lib/storage';
import { memoryArea } from '../support/memory-area';
import { reading, snapshot } from '../support/snapshots';

const ID = 'buyer-clock-test-id';
const ORIGIN = 'chrome-extension://buyer-clock-test-id/';
const popup: Sender = { id: ID, url: `${ORIGIN}src/popup/index.html` };
const DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000417';
const tab: Sender = { id: ID, url: DETAIL, frameId: 0, tab: { id: 7, url: DETAIL } };
const BROKEN = { schema: 2, key: 'order:aliexpress:8190000000000999', snapshot: { stage: 'teleported' } };

/** storage.local with a turn of the event loop in every call, as the browser's is: tasks can interleave. */
function slow(area: KeyValueArea): KeyValueArea {
  const tick = () => new Promise((done) => setTimeout(done, 0));
  return {
    get: async (keys) => { await tick(); return area.get(keys); },
    set: async (items) => { await tick(); return area.set(items); },
    remove: async (keys) => { await tick(); return area.remove(keys); },
  };
}

function setup(initial: Record<string, unknown> = {}) {
  const local = memoryArea(initial);
  const sync = memoryArea();
  const logs: string[] = [];
  const now = () => new Date('2026-11-20T00:00:00Z');
  const area = slow(local);
  const store = createStore(area, now, (m) => logs.push(m));
  const manual = createManualStore(area, now, () => 'k1');
  const settings = createSettingsStore(sync);
  const strings = createStrings(async (lang) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')), () => '');
  const route = createRouter({
    store, runtimeId: ID, extensionOrigin: ORIGIN, now, log: (m) => logs.push(m),
    tracked: (at) => trackedViews(store, manual, at),
    pages: createPageHandlers({ store, settings, manual, strings: strings.strings, local: area, sync, now }),
  });
  return { local, logs, route };
}

type Listed = { orders: { key: string }[]; health: { quarantined: number; storageFullAt?: string; archived: number } };

describe('the store\'s health, as the popup hears it', () => {
  it('sets an unreadable order aside the first time the popup lists, and says so', async () => {
    const { local, route } = setup({ 'order:aliexpress:8190000000000999': BROKEN });
    const listed = (await route({ type: 'list-orders' }, popup)) as Listed;
    expect(listed.orders).toEqual([]);
    expect(listed.health).toEqual({ quarantined: 1, archived: 0 });
    expect(local.data).toEqual({ 'quarantine:order:aliexpress:8190000000000999': BROKEN });
  });

  it('hands the set-aside copies over as they were found, and deletes only those the buyer saved', async () => {
    const { local, route } = setup({ 'quarantine:order:aliexpress:8190000000000999': BROKEN });
    const saved = (await route({ type: 'export-set-aside' }, popup)) as { data: unknown };
    expect(saved.data).toEqual({
      format: SET_ASIDE_FORMAT, exportedAt: '2026-11-20T00:00:00+00:00', items: { 'quarantine:order:aliexpress:8190000000000999': BROKEN },
    });
    // Set aside after the buyer saved the file: not in it, so not deleted with it.
    local.data['quarantine:order:aliexpress:8190000000000998'] = { junk: true };
    const keys = Object.keys((saved.data as { items: Record<string, unknown> }).items);
    expect(await route({ type: 'discard-set-aside', keys: [...keys, 'order:aliexpress:8190000000000417', 'settings'] }, popup)).toEqual({ ok: true, removed: 1 });
    expect(Object.keys(local.data)).toEqual(['quarantine:order:aliexpress:8190000000000998']);
  });

  it('says when storage ran full until the buyer has read it', async () => {
    const { route } = setup({ health: { schema: 1, storageFullAt: '2026-11-19T08:00:00.000Z' } });
    expect(((await route({ type: 'list-orders' }, popup)) as Listed).health).toEqual({ quarantined: 0, storageFullAt: '2026-11-19T08:00:00.000Z', archived: 0 });
    expect(await route({ type: 'acknowledge-storage-full' }, popup)).toEqual({ ok: true });
    expect(((await route({ type: 'list-orders' }, popup)) as Listed).health).toEqual({ quarantined: 0, archived: 0 });
  });

  it.each([
    ['a content script', tab],
    ['a web page', { id: ID, url: 'https://evil.example/popup' }],
  ])('refuses every one of these from %s, and changes nothing', async (_name, sender) => {
    const initial = { 'quarantine:order:aliexpress:8190000000000999': BROKEN, health: { schema: 1, storageFullAt: '2026-11-19T08:00:00.000Z' } };
    const { local, logs, route } = setup(initial);
    for (const message of [
      { type: 'export-set-aside' },
      { type: 'discard-set-aside', keys: ['quarantine:order:aliexpress:8190000000000999'] },
      { type: 'acknowledge-storage-full' },
    ]) expect(route(message, sender as Sender)).toBeUndefined();
    expect(logs).toHaveLength(3);
    expect(local.data).toEqual(initial);
  });
});

describe('the buyer\'s imports and the pages\' readings', () => {
  it('an import sent while a page is being read is applied after it, not lost under it', async () => {
    // The copy to import: this order as another browser saw it, a day after this one last did.
    const { route: elsewhere } = setup();
    await elsewhere({ type: 'page-read', reading: reading([snapshot({ stage: 'closed', statusText: 'Closed' })]) }, tab);
    const exported = (await elsewhere({ type: 'export-data' }, popup)) as { data: { orders: { lastSeen: string }[] } };
    const later = { ...exported.data.orders[0]!, lastSeen: '2026-11-21T00:00:00+00:00' };

    const { local, route } = setup();
    await route({ type: 'page-read', reading: reading([snapshot()]) }, tab);
    const [, imported] = await Promise.all([
      route({ type: 'page-read', reading: reading([snapshot()]) }, tab),
      route({ type: 'import-data', orders: [later], manual: [] }, popup),
    ]);
    expect(imported).toMatchObject({ ok: true, result: { added: 0, updated: 1, unchanged: 0 } });
    const kept = loadOrder('order:aliexpress:8190000000000417', local.data['order:aliexpress:8190000000000417']);
    expect(kept?.lastSeen).toBe('2026-11-21T00:00:00+00:00');
    expect(kept?.snapshot.stage).toBe('closed');
  });
});
