// A copy of every past version of every stored item must still open after an update.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ITEMS, upgrade } from '../../src/lib/storage';
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
    expect(upgrade(ITEMS.order, v1)).toEqual({ ...v1, schema: 2, buyer: { problem: false, evidence: [] } });
  });

  it('the store reads v1 orders as they are, without setting them aside', async () => {
    const area = memoryArea({ 'order:aliexpress:8190000000000417': fixture('order-v1.json') });
    const store = createStore(area, () => new Date('2026-11-22T00:00:00Z'));
    const [record] = await store.all();
    expect(record?.history).toHaveLength(1);
    expect(Object.keys(area.data)).toEqual(['order:aliexpress:8190000000000417']);
  });

  it('refuses a copy from a future version rather than guessing', () => {
    expect(upgrade(ITEMS.order, { ...fixture('order-v1.json'), schema: 3 })).toBeNull();
  });
});
