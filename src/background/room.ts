// Making room for a marketplace's orders: its oldest finished orders (completed, closed, refunded) are
// archived — kept as a line each, their history dropped — until the write fits. Only ever orders of
// the marketplace that is writing; never one the buyer wrote notes on, never one with a clock still
// running.
import { assess } from '../rules';
import {
  ARCHIVE_KEY, HEALTH_KEY, ITEMS, loadOrder, upgrade,
  type ArchivedOrder, type KeyValueArea, type OrderRecord,
} from '../lib/storage';
import { isoToMs } from '../lib/time';
import { MAX_ARCHIVED } from './budget';
import { FINISHED } from '../rules/vocabulary';

export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Whether an order may be archived to make room: finished, no notes, every clock over. */
function archivable(r: OrderRecord, now: Date): boolean {
  if (!FINISHED.includes(r.snapshot.stage) || r.buyer.problem || r.buyer.evidence.length) return false;
  return assess(r.snapshot, now).timers.every((t) => isoToMs(t.endsAt) <= now.getTime());
}

/** The archivable ones among `keys` (one marketplace's), oldest first. */
export async function archiveCandidates(area: KeyValueArea, keys: string[], now: Date): Promise<OrderRecord[]> {
  if (keys.length === 0) return [];
  const stored = await area.get(keys);
  return Object.entries(stored)
    .map(([key, raw]) => loadOrder(key, raw))
    .filter((r): r is OrderRecord => r !== null && archivable(r, now))
    .sort((a, b) => Date.parse(a.lastSeen) - Date.parse(b.lastSeen));
}

/** Archive these orders: their keys go, a line each joins the archive (its oldest lines go past MAX_ARCHIVED). */
export async function archive(area: KeyValueArea, orders: OrderRecord[], at: string): Promise<void> {
  if (orders.length === 0) return;
  const lines: ArchivedOrder[] = orders.map((r) => ({
    key: r.key, marketplace: r.marketplace, orderId: r.orderId, stage: r.snapshot.stage, statusText: r.snapshot.statusText,
    ...(r.snapshot.title ? { title: r.snapshot.title.slice(0, 80) } : {}), lastSeen: r.lastSeen, archivedAt: at,
  }));
  // Free the space first: the archive line is far smaller than the order it replaces.
  await area.remove(orders.map((r) => r.key));
  const kept = upgrade(ITEMS.archive, (await area.get(ARCHIVE_KEY))[ARCHIVE_KEY]) ?? { schema: 1 as const, orders: [] };
  const all = [...kept.orders, ...lines].slice(-MAX_ARCHIVED);
  await area.set({ [ARCHIVE_KEY]: { schema: 1, orders: all }, [HEALTH_KEY]: { schema: 1, storageFullAt: at } });
}

/**
 * area.set; when storage is full, archives the oldest archivable of `ownKeys()` (the writing marketplace's
 * orders not being written, listed only then) in growing batches until it fits. Throws when none are left. Returns the
 * keys it archived.
 */
export async function setWithRoom(area: KeyValueArea, items: Record<string, unknown>, ownKeys: () => string[], now: Date, at: string): Promise<string[]> {
  const archived: string[] = [];
  let candidates: OrderRecord[] | null = null;
  for (let batch = 10; ; batch *= 2) {
    try {
      await area.set(items);
      return archived;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      candidates ??= await archiveCandidates(area, ownKeys(), now);
      const next = candidates.splice(0, batch);
      if (next.length === 0) throw error;
      await archive(area, next, at);
      archived.push(...next.map((r) => r.key));
    }
  }
}
