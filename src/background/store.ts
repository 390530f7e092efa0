// The order store over browser.storage.local. Writes go through one queue: ten tabs reporting at once
// must not read-modify-write over each other.
import type { PageReading } from '../rules/model';
import { safeOrderLink } from '../lib/links';
import { msToIso } from '../lib/time';
import {
  ARCHIVE_KEY, HEALTH_KEY, ITEMS, ORDER_PREFIX, QUARANTINE_PREFIX, UI_KEY, compactOrder, loadOrder, orderKey, upgrade,
  type BuyerNotes, type KeyValueArea, type OrderRecord, type UiRecord,
} from '../lib/storage';
import { mergeSnapshot } from './merge';
import { isQuotaError, setWithRoom } from './room';
import { settle } from './settle';

export type Store = ReturnType<typeof createStore>;

export function createStore(area: KeyValueArea, now: () => Date, log: (msg: string) => void = console.warn) {
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** A stored copy that no longer validates is set aside, never overwritten or silently dropped. */
  async function readOrder(key: string, raw: unknown): Promise<OrderRecord | null> {
    if (raw === undefined) return null;
    const record = loadOrder(key, raw);
    if (record) return record;
    log(`buyer-clock: stored ${key} did not validate; kept aside as ${QUARANTINE_PREFIX}${key}`);
    await area.set({ [`${QUARANTINE_PREFIX}${key}`]: raw });
    await area.remove(key);
    return null;
  }

  return {
    observe(reading: PageReading): Promise<OrderRecord[]> {
      return serial(async () => {
        const when = now();
        const at = msToIso(when.getTime());
        const keys = reading.orders.map((o) => orderKey(o.marketplace, o.orderId));
        if (keys.length === 0) return [];
        const stored = await area.get(keys);
        const updates: Record<string, OrderRecord> = {};
        for (const [i, snap] of reading.orders.entries()) {
          const key = keys[i]!;
          const old = updates[key] ?? (await readOrder(key, stored[key]));
          // A link taken from a page is kept only when it is https: on a marketplace's own host.
          const { url: pageLink, ...rest } = snap;
          const url = safeOrderLink(pageLink);
          updates[key] = mergeSnapshot(old, url ? { ...rest, url } : rest, at, reading.kind);
        }
        const records = Object.fromEntries(Object.entries(updates).map(([k, r]) => [k, settle(r, when)]));
        try {
          await setWithRoom(area, Object.fromEntries(Object.entries(records).map(([k, r]) => [k, compactOrder(r)])), at);
        } catch (error) {
          if (!isQuotaError(error)) throw error;
          // Full, with no finished order left to archive: the page still gets its clocks, unsaved, and the
          // popup says that storage is full (if even that small write fits).
          log(`buyer-clock: storage is full; ${keys.length} orders were read but not saved`);
          await area.set({ [HEALTH_KEY]: { schema: 1, storageFullAt: at } }).catch(() => undefined);
        }
        return keys.map((k) => records[k]!);
      });
    },

    /** The buyer's own notes on an order; null when no such order is kept. */
    setNotes(key: string, patch: Partial<BuyerNotes>): Promise<OrderRecord | null> {
      return serial(async () => {
        const record = await readOrder(key, (await area.get(key))[key]);
        if (!record) return null;
        const updated: OrderRecord = { ...record, buyer: { ...record.buyer, ...patch } };
        await area.set({ [key]: compactOrder(updated) });
        return updated;
      });
    },

    async all(): Promise<OrderRecord[]> {
      const everything = await area.get(null);
      const when = now();
      const records: OrderRecord[] = [];
      const unreadable: string[] = [];
      const ripe: string[] = [];
      for (const [key, raw] of Object.entries(everything)) {
        if (!key.startsWith(ORDER_PREFIX)) continue;
        const record = loadOrder(key, raw);
        if (!record) unreadable.push(key);
        else {
          const settled = settle(record, when);
          if (settled !== record) ripe.push(key);
          records.push(settled);
        }
      }
      if (unreadable.length || ripe.length) {
        await serial(async () => {
          const current = await area.get([...unreadable, ...ripe]);
          // Set aside here too, so the popup can say so the first time it lists the orders.
          for (const key of unreadable) if (current[key] !== undefined) await readOrder(key, current[key]);
          // Settled here too: an order no page shows any more is never observed again.
          const small: Record<string, unknown> = {};
          for (const key of ripe) {
            const record = loadOrder(key, current[key]);
            const settled = record && settle(record, when);
            if (settled && settled !== record) small[key] = compactOrder(settled);
          }
          if (Object.keys(small).length) await area.set(small);
        });
      }
      return records;
    },

    /** What the popup must tell the buyer about the store: set-aside copies, a full store, archived orders. */
    async health(): Promise<{ quarantined: number; storageFullAt?: string; archived: number }> {
      const everything = await area.get(null);
      const health = upgrade(ITEMS.health, everything[HEALTH_KEY]);
      const archive = upgrade(ITEMS.archive, everything[ARCHIVE_KEY]);
      return {
        quarantined: Object.keys(everything).filter((k) => k.startsWith(QUARANTINE_PREFIX)).length,
        ...(health?.storageFullAt ? { storageFullAt: health.storageFullAt } : {}),
        archived: archive?.orders.length ?? 0,
      };
    },

    /** Copies set aside because they no longer validated, for the buyer to export. */
    async quarantined(): Promise<Record<string, unknown>> {
      const everything = await area.get(null);
      return Object.fromEntries(Object.entries(everything).filter(([k]) => k.startsWith(QUARANTINE_PREFIX)));
    },

    /** The buyer deletes set-aside copies they have saved: only those named, so one set aside since stays. */
    discardQuarantined(keys: string[]): Promise<number> {
      return serial(async () => {
        const present = Object.keys(await area.get(keys.filter((k) => k.startsWith(QUARANTINE_PREFIX))));
        if (present.length) await area.remove(present);
        return present.length;
      });
    },

    /** The buyer has read that storage ran full: the notice goes until it runs full again. */
    acknowledgeFull(): Promise<void> {
      return serial(() => area.set({ [HEALTH_KEY]: { schema: 1 } }));
    },

    /** A task in the store's write queue: imports and deletions must not interleave with a page's writes. */
    exclusive: serial,

    async ui(): Promise<UiRecord> {
      const raw = (await area.get(UI_KEY))[UI_KEY];
      return upgrade(ITEMS.ui, raw) ?? { schema: 1, sidebarCollapsed: false };
    },

    setUi(patch: Omit<UiRecord, 'schema'>): Promise<void> {
      return serial(() => area.set({ [UI_KEY]: { schema: 1, ...patch } }));
    },

    /** Hides or shows one order's sidebar; the newest 500 choices are kept. */
    setHidden(key: string, hidden: boolean): Promise<void> {
      return serial(async () => {
        const raw = (await area.get(UI_KEY))[UI_KEY];
        const ui = upgrade(ITEMS.ui, raw) ?? { schema: 1 as const, sidebarCollapsed: false };
        const rest = (ui.hidden ?? []).filter((k) => k !== key);
        const next = hidden ? [...rest, key].slice(-500) : rest;
        await area.set({ [UI_KEY]: { ...ui, hidden: next } });
      });
    },
  };
}
