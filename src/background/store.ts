// The order store over browser.storage.local. Writes go through one queue: ten tabs reporting at once
// must not read-modify-write over each other. It keeps each marketplace's orders within their share of
// storage (budget.ts), counting bytes itself: a page cannot fill the store, nor push out another
// marketplace's orders.
import type { PageReading } from '../rules/model';
import { safeOrderLink } from '../lib/links';
import { msToIso } from '../lib/time';
import {
  ARCHIVE_KEY, HEALTH_KEY, ITEMS, ORDER_PREFIX, QUARANTINE_PREFIX, UI_KEY, compactOrder, loadOrder, orderKey, upgrade,
  type BuyerNotes, type KeyValueArea, type OrderRecord, type UiRecord,
} from '../lib/storage';
import type { Marketplace } from '../rules/model';
import type { Side, Site } from '../lib/sites';
import { MAX_BYTES_PER_MARKETPLACE, MAX_ORDERS_PER_MARKETPLACE, createTabPace, entryBytes, familyOf, familyOfKey } from './budget';
import { mergeSnapshot } from './merge';
import { archive, archiveCandidates, isQuotaError, setWithRoom } from './room';
import { settle } from './settle';

export type Store = ReturnType<typeof createStore>;

export function createStore(area: KeyValueArea, now: () => Date, log: (msg: string) => void = console.warn) {
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Every stored order's key → its size as Chrome counts it; read once, then kept up to date by our writes. */
  let sizes: Map<string, number> | null = null;
  // Each family's order count and bytes, kept with the index: a page reading asks for its family's share
  // on every write, and counting 10,000 keys each time would be the write's slowest part.
  const totals = new Map<string, { count: number; bytes: number }>();
  const totalOf = (family: string) => totals.get(family) ?? totals.set(family, { count: 0, bytes: 0 }).get(family)!;
  const noteSize = (key: string, bytes: number | undefined) => {
    const before = sizes!.get(key);
    const total = totalOf(familyOfKey(key));
    total.count += (bytes === undefined ? 0 : 1) - (before === undefined ? 0 : 1);
    total.bytes += (bytes ?? 0) - (before ?? 0);
    if (bytes === undefined) sizes!.delete(key);
    else sizes!.set(key, bytes);
  };
  async function sizeIndex(): Promise<Map<string, number>> {
    if (!sizes) {
      const everything = await area.get(null);
      sizes = new Map();
      totals.clear();
      for (const [k, v] of Object.entries(everything)) if (k.startsWith(ORDER_PREFIX)) noteSize(k, entryBytes(k, v));
    }
    return sizes;
  }
  const noteWritten = (items: Record<string, unknown>) => {
    if (sizes) for (const [k, v] of Object.entries(items)) if (k.startsWith(ORDER_PREFIX)) noteSize(k, entryBytes(k, v));
  };
  const noteRemoved = (keys: string[]) => {
    if (sizes) for (const k of keys) if (sizes.has(k)) noteSize(k, undefined);
  };
  /** The family's stored orders, listed only when some must be archived. */
  const ownKeys = (index: Map<string, number>, family: string) => [...index.keys()].filter((k) => familyOfKey(k) === family);
  async function readUi(): Promise<UiRecord> {
    return upgrade(ITEMS.ui, (await area.get(UI_KEY))[UI_KEY]) ?? { schema: 1, sidebarCollapsed: false };
  }
  const pace = createTabPace(() => now().getTime());
  /** When a family's share was last found full with nothing to archive: under a flood, not searched again for a minute. */
  const noRoomSince = new Map<string, number>();

  /**
   * Of `writes` (all of one marketplace family), what fits its share: its oldest archivable orders are
   * archived to make room; what still does not fit is left out, new orders (the page's last first)
   * before updates that would grow an order. Returns the writes that fit.
   */
  async function withinShare(family: string, writes: Record<string, unknown>, when: Date, at: string): Promise<Record<string, unknown>> {
    const index = await sizeIndex();
    let { count, bytes } = totalOf(family);
    const size = new Map(Object.entries(writes).map(([k, v]) => [k, entryBytes(k, v)]));
    for (const [k, b] of size) {
      if (!index.has(k)) count += 1;
      bytes += b - (index.get(k) ?? 0);
    }
    const over = () => count > MAX_ORDERS_PER_MARKETPLACE || bytes > MAX_BYTES_PER_MARKETPLACE;
    if (!over()) return writes;
    const searched = noRoomSince.get(family);
    const fresh = searched === undefined || when.getTime() - searched >= 60_000 || when.getTime() < searched;
    const candidates = fresh ? await archiveCandidates(area, ownKeys(index, family).filter((k) => !(k in writes)), when) : [];
    const freed: typeof candidates = [];
    for (const r of candidates) {
      if (!over()) break;
      freed.push(r);
      count -= 1;
      bytes -= index.get(r.key) ?? 0;
    }
    if (freed.length) {
      await archive(area, freed, at);
      noteRemoved(freed.map((r) => r.key));
      log(`buyer-clock: archived ${freed.length} finished ${family} orders to keep within the marketplace's share`);
    }
    const kept = { ...writes };
    const dropOrder = [...Object.keys(writes).filter((k) => !index.has(k)).reverse(), ...Object.keys(writes).filter((k) => index.has(k))];
    for (const k of dropOrder) {
      if (!over()) break;
      const growth = size.get(k)! - (index.get(k) ?? 0);
      if (index.has(k) && growth <= 0) continue;
      delete kept[k];
      if (!index.has(k)) count -= 1;
      bytes -= growth;
    }
    const left = Object.keys(writes).length - Object.keys(kept).length;
    if (left && fresh) noRoomSince.set(family, when.getTime());
    if (!left) noRoomSince.delete(family);
    if (left) {
      log(`buyer-clock: ${family}'s share of storage is full; ${left} orders were read but not saved`);
      await area.set({ [HEALTH_KEY]: { schema: 1, storageFullAt: at } }).catch(() => undefined);
    }
    return kept;
  }

  /** A stored copy that no longer validates is set aside, never overwritten or silently dropped. */
  async function readOrder(key: string, raw: unknown): Promise<OrderRecord | null> {
    if (raw === undefined) return null;
    const record = loadOrder(key, raw);
    if (record) return record;
    log(`buyer-clock: stored ${key} did not validate; kept aside as ${QUARANTINE_PREFIX}${key}`);
    await area.set({ [`${QUARANTINE_PREFIX}${key}`]: raw });
    await area.remove(key);
    noteRemoved([key]);
    return null;
  }

  return {
    /** `tab`: the tab the reading came from, whose new orders are held to a pace (budget.ts). */
    observe(reading: PageReading, tab?: number): Promise<OrderRecord[]> {
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
          const url = safeOrderLink(pageLink, snap.marketplace);
          updates[key] = mergeSnapshot(old, url ? { ...rest, url } : rest, at, reading.kind);
        }
        const records = Object.fromEntries(Object.entries(updates).map(([k, r]) => [k, settle(r, when)]));
        const index = await sizeIndex();
        // A tab adding orders faster than a buyer pages through a list: its new orders beyond the pace are shown, not kept.
        const fresh = Object.keys(records).filter((k) => !index.has(k));
        const allowed = tab === undefined ? fresh.length : pace.take(tab, fresh.length);
        const paced = new Set(fresh.slice(allowed));
        if (paced.size) log(`buyer-clock: tab ${tab} adds orders faster than a buyer reads them; ${paced.size} were not saved`);
        const family = familyOf(reading.marketplace as Marketplace);
        const writes: Record<string, unknown> = {};
        for (const [k, r] of Object.entries(records)) if (!paced.has(k)) writes[k] = compactOrder(r);
        try {
          const fits = await withinShare(family, writes, when, at);
          const own = () => ownKeys(index, family).filter((k) => !(k in fits));
          if (Object.keys(fits).length) noteRemoved(await setWithRoom(area, fits, own, when, at));
          noteWritten(fits);
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
        const item = { [key]: compactOrder(updated) };
        await area.set(item);
        noteWritten(item);
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
          noteWritten(small);
          noteRemoved(unreadable);
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

    /**
     * A task in the store's write queue: imports and deletions must not interleave with a page's writes.
     * They write orders themselves, so the sizes are read afresh after.
     */
    exclusive<T>(task: () => Promise<T>): Promise<T> {
      return serial(async () => {
        try {
          return await task();
        } finally {
          sizes = null;
        }
      });
    },

    ui: readUi,

    setUi(patch: Pick<UiRecord, 'sidebarCollapsed'>): Promise<void> {
      return serial(async () => {
        const ui = await readUi();
        await area.set({ [UI_KEY]: { ...ui, ...patch } });
      });
    },

    /** Where the buyer put the sidebar on one site; the other sites' choices and the hidden orders stay. */
    setSide(site: Site, side: Side): Promise<void> {
      return serial(async () => {
        const ui = await readUi();
        await area.set({ [UI_KEY]: { ...ui, sides: { ...ui.sides, [site]: side } } });
      });
    },

    /** Hides or shows one order's sidebar; the newest 500 choices are kept. */
    setHidden(key: string, hidden: boolean): Promise<void> {
      return serial(async () => {
        const ui = await readUi();
        const rest = (ui.hidden ?? []).filter((k) => k !== key);
        const next = hidden ? [...rest, key].slice(-500) : rest;
        await area.set({ [UI_KEY]: { ...ui, hidden: next } });
      });
    },
  };
}
