// A copy of every past version of every stored item must still open after an update.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORTED_ORDER, ITEMS, loadOrder, upgrade } from '../../src/lib/storage';
import { createStore } from '../../src/background/store';
import { memoryArea } from '../support/memory-area';

const dir = 'tests/fixtures/storage';
const fixture = (name: string) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));

describe('stored items', () => {
  it('has a fixture of every past version of every item', () => {
    const files = readdirSync(dir);
    for (const [name, item] of Object.entries(ITEMS)) {
      for (let v = 1; v < item.version; v++) expect(files, `${name} v${v}`).toContain(`${name}-v${v}.json`);
      for (let v = 1; v < item.version; v++) expect(item.migrations, `${name} migration ${v}→${v + 1}`).toHaveProperty(String(v));
    }
  });

  it.each(readdirSync(dir))('%s upgrades to the current version and validates', (file) => {
    const name = file.replace(/-v\d+\.json$/, '') as keyof typeof ITEMS;
    const item = ITEMS[name];
    const upgraded = upgrade(item as never, fixture(file)) as { schema: number } | null;
    expect(upgraded).not.toBeNull();
    expect(upgraded!.schema).toBe(item.version);
  });

  it('a v1 order gains empty buyer notes and keeps everything it knew', () => {
    const v1 = fixture('order-v1.json');
    expect(loadOrder(v1.key, v1)).toEqual({
      ...v1, schema: 3, history: [{ stage: 'cancel-requested', at: '2026-11-20T08:00:00+00:00' }], buyer: { problem: false, evidence: [] },
    });
  });

  it('a v2 order is stored without copies of its key, its history as stages and seconds, with its notes', () => {
    const v2 = fixture('order-v2.json');
    const { marketplace: _m, orderId: _o, ...snapshot } = v2.snapshot;
    expect(upgrade(ITEMS.order, v2)).toEqual({
      schema: 3, snapshot, lastSeen: 1794448800,
      stages: ['awaiting-shipment', 'shipped', 'refund-requested'], times: [1793588400, 1793840400, 1794448800],
      // The text of the stage the refund started from stays: the order returns to it when the refund
      // closes. The older one stays because v2 had it; the current one is the snapshot's.
      texts: { 0: '等待卖家发货', 1: '等待买家收货' },
      buyer: { problem: true, evidence: ['chat', 'photos'] },
    });
  });

  it('a v2 order reads back as everything it knew, from the store and from an export file alike', () => {
    const v2 = fixture('order-v2.json');
    const v3 = {
      ...v2, schema: 3,
      history: [...v2.history.slice(0, 2), { stage: 'refund-requested', at: '2026-11-12T02:00:00+00:00' }],
    };
    expect(loadOrder(v2.key, v2)).toEqual(v3);
    expect(upgrade(EXPORTED_ORDER, v2)).toEqual(v3);
  });

  it('the store reads v2 orders as they are, without setting them aside', async () => {
    const v2 = fixture('order-v2.json');
    const area = memoryArea({ [v2.key]: v2 });
    const store = createStore(area, () => new Date('2026-11-22T00:00:00Z'));
    const [record] = await store.all();
    expect(record).toMatchObject({ key: v2.key, orderId: '3391023349510627', buyer: { problem: true, evidence: ['chat', 'photos'] } });
    expect(Object.keys(area.data)).toEqual([v2.key]);
  });

  it('a v2 order with no history (a hand-made import) still reads, its first sighting kept', () => {
    const v2 = { ...fixture('order-v2.json'), history: [] };
    expect(upgrade(ITEMS.order, v2)).toMatchObject({ firstSeen: 1793588400, stages: [], times: [] });
    expect(loadOrder(v2.key, v2)).toMatchObject({ firstSeen: '2026-11-02T03:00:00+00:00', history: [] });
  });

  it('a v2 copy too broken to migrate comes back as null, to be set aside, not as an exception', () => {
    expect(upgrade(ITEMS.order, { schema: 2, key: 'order:aliexpress:1', snapshot: { stage: 'shipped' } })).toBeNull();
  });

  it('the store reads v1 orders as they are, without setting them aside', async () => {
    const area = memoryArea({ 'order:aliexpress:8190000000000417': fixture('order-v1.json') });
    const store = createStore(area, () => new Date('2026-11-22T00:00:00Z'));
    const [record] = await store.all();
    expect(record?.history).toHaveLength(1);
    expect(Object.keys(area.data)).toEqual(['order:aliexpress:8190000000000417']);
  });

  it('refuses a copy from a future version rather than guessing', () => {
    expect(upgrade(ITEMS.order, { ...fixture('order-v1.json'), schema: 4 })).toBeNull();
  });
});
