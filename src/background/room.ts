// When storage.local is full: the oldest finished orders (completed, closed, refunded) are archived —
// kept as a line each, their history dropped — until the write fits. Open orders and orders the buyer
// wrote notes on are never touched.
import {
  ARCHIVE_KEY, HEALTH_KEY, ITEMS, ORDER_PREFIX, loadOrder, upgrade,
  type ArchivedOrder, type KeyValueArea, type OrderRecord,
} from '../lib/storage';
import { FINISHED } from './settle';

export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/** Archive up to `count` finished orders not in `keep`, oldest first; how many were archived. */
async function archiveFinished(area: KeyValueArea, keep: Set<string>, count: number, at: string): Promise<number> {
  const everything = await area.get(null);
  const finished = Object.entries(everything)
    .filter(([key]) => key.startsWith(ORDER_PREFIX) && !keep.has(key))
    .map(([key, raw]) => loadOrder(key, raw))
    .filter((r): r is OrderRecord => r !== null && FINISHED.includes(r.snapshot.stage) && !r.buyer.problem && !r.buyer.evidence.length)
    .sort((a, b) => Date.parse(a.lastSeen) - Date.parse(b.lastSeen))
    .slice(0, count);
  if (finished.length === 0) return 0;
  const lines: ArchivedOrder[] = finished.map((r) => ({
    key: r.key, marketplace: r.marketplace, orderId: r.orderId, stage: r.snapshot.stage, statusText: r.snapshot.statusText,
    ...(r.snapshot.title ? { title: r.snapshot.title.slice(0, 80) } : {}), lastSeen: r.lastSeen, archivedAt: at,
  }));
  // Free the space first: the archive line is far smaller than the order it replaces.
  await area.remove(finished.map((r) => r.key));
  const archive = upgrade(ITEMS.archive, everything[ARCHIVE_KEY]) ?? { schema: 1 as const, orders: [] };
  await area.set({ [ARCHIVE_KEY]: { schema: 1, orders: [...archive.orders, ...lines] }, [HEALTH_KEY]: { schema: 1, storageFullAt: at } });
  return finished.length;
}

/** area.set, making room by archiving finished orders when storage is full; throws when none are left. */
export async function setWithRoom(area: KeyValueArea, items: Record<string, unknown>, at: string): Promise<void> {
  const keep = new Set(Object.keys(items));
  for (let batch = 10; ; batch *= 2) {
    try {
      await area.set(items);
      return;
    } catch (error) {
      if (!isQuotaError(error) || (await archiveFinished(area, keep, batch, at)) === 0) throw error;
    }
  }
}
