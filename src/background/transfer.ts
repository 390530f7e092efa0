// The buyer's data in and out: a JSON export of every order, an import that validates each item and
// merges it, and "delete all". Imports are checked item by item, so one bad order does not sink the rest.
import {
  ARCHIVE_KEY, EXPORTED_ORDER, ITEMS, ORDER_PREFIX, compactOrder, loadOrder, orderKey, upgrade, type KeyValueArea, type OrderRecord,
} from '../lib/storage';
import { MANUAL_PREFIX, type ManualRecord } from '../lib/manual';
import type { ImportResult } from '../lib/page-messages';
import { safeOrderLink } from '../lib/links';
import { capped } from './merge';
import { MAX_BYTES_PER_MARKETPLACE, MAX_ORDERS_PER_MARKETPLACE, entryBytes, familyOfKey } from './budget';
import { isoToMs, msToIso } from '../lib/time';
import { EXPORT_FORMAT } from '../lib/transfer-limits';

export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  orders: OrderRecord[];
  manual: ManualRecord[];
};

export async function exportData(area: KeyValueArea, now: Date): Promise<ExportFile> {
  const everything = await area.get(null);
  const orders: OrderRecord[] = [];
  const manual: ManualRecord[] = [];
  for (const [key, raw] of Object.entries(everything)) {
    if (key.startsWith(ORDER_PREFIX)) {
      const r = loadOrder(key, raw);
      if (r) orders.push(r);
    } else if (key.startsWith(MANUAL_PREFIX)) {
      const r = upgrade(ITEMS.manual, raw);
      if (r) manual.push(r);
    }
  }
  return { format: EXPORT_FORMAT, version: 1, exportedAt: msToIso(now.getTime()), orders, manual };
}

const label = (raw: unknown, i: number, kind: string) => {
  const id = typeof raw === 'object' && raw && 'orderId' in raw ? String((raw as { orderId: unknown }).orderId).slice(0, 64) : '';
  return `${kind} #${i + 1}${id ? ` (${id})` : ''}`;
};

/**
 * Merge one batch. A read order already kept stays unless the imported copy was seen later; a
 * hand-tracked order already kept stays as it is. Links that are not https: on a marketplace are dropped,
 * exactly as when a page is read.
 */
export async function importBatch(area: KeyValueArea, orders: unknown[], manual: unknown[]): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, unchanged: 0, rejected: [] };
  const updates: Record<string, unknown> = {};
  const candidates: { key: string; record: unknown; newer: (old: unknown) => boolean; item: string }[] = [];
  orders.forEach((raw, i) => {
    const record = upgrade(EXPORTED_ORDER, raw);
    if (!record) return result.rejected.push({ item: label(raw, i, 'order'), reason: 'invalid' });
    if (record.key !== orderKey(record.marketplace, record.orderId) || record.snapshot.orderId !== record.orderId) {
      return result.rejected.push({ item: label(raw, i, 'order'), reason: 'key-mismatch' });
    }
    const url = safeOrderLink(record.snapshot.url, record.marketplace) ?? undefined;
    // Held to the bounds of an order read off a page: its history as capped as merging would leave it.
    const clean: OrderRecord = { ...record, snapshot: { ...record.snapshot, url }, history: capped(record.history) };
    if (!url) delete clean.snapshot.url;
    candidates.push({
      key: record.key, record: compactOrder(clean), item: label(raw, i, 'order'),
      newer: (old) => { const o = loadOrder(record.key, old); return !o || isoToMs(clean.lastSeen) > isoToMs(o.lastSeen); },
    });
  });
  manual.forEach((raw, i) => {
    const record = upgrade(ITEMS.manual, raw);
    if (!record) return result.rejected.push({ item: label(raw, i, 'manual'), reason: 'invalid' });
    candidates.push({ key: record.key, record, newer: (old) => upgrade(ITEMS.manual, old) === null, item: label(raw, i, 'manual') });
  });
  // Imported orders are held to each marketplace's share, as orders read off pages are (budget.ts).
  const everything = await area.get(null);
  const share = new Map<string, { count: number; bytes: number }>();
  const shareOf = (family: string) => share.get(family) ?? share.set(family, { count: 0, bytes: 0 }).get(family)!;
  for (const [key, raw] of Object.entries(everything)) {
    if (!key.startsWith(ORDER_PREFIX)) continue;
    const s = shareOf(familyOfKey(key));
    s.count += 1;
    s.bytes += entryBytes(key, raw);
  }
  for (const c of candidates) {
    const old = updates[c.key] ?? everything[c.key];
    if (old !== undefined && !c.newer(old)) {
      result.unchanged += 1;
      continue;
    }
    if (c.key.startsWith(ORDER_PREFIX)) {
      const s = shareOf(familyOfKey(c.key));
      const count = s.count + (old === undefined ? 1 : 0);
      const bytes = s.bytes + entryBytes(c.key, c.record) - (old === undefined ? 0 : entryBytes(c.key, old));
      if (count > MAX_ORDERS_PER_MARKETPLACE || bytes > MAX_BYTES_PER_MARKETPLACE) {
        result.rejected.push({ item: c.item, reason: 'over-limit' });
        continue;
      }
      s.count = count;
      s.bytes = bytes;
    }
    if (old === undefined) result.added += 1;
    else result.updated += 1;
    updates[c.key] = c.record;
  }
  if (Object.keys(updates).length) await area.set(updates);
  return result;
}

/** Everything the extension keeps, in both areas. */
export async function deleteAll(local: KeyValueArea, sync: KeyValueArea): Promise<void> {
  const keys = Object.keys(await local.get(null));
  if (keys.length) await local.remove(keys);
  const synced = Object.keys(await sync.get(null));
  if (synced.length) await sync.remove(synced);
}

/** Every order of one marketplace read off pages, and its archived lines; how many orders went. */
export async function deleteMarketplace(local: KeyValueArea, marketplace: string): Promise<number> {
  const prefix = orderKey(marketplace, '');
  const everything = await local.get(null);
  const keys = Object.keys(everything).filter((k) => k.startsWith(prefix));
  if (keys.length) await local.remove(keys);
  const archive = upgrade(ITEMS.archive, everything[ARCHIVE_KEY]);
  if (archive?.orders.some((o) => o.marketplace === marketplace)) {
    await local.set({ [ARCHIVE_KEY]: { ...archive, orders: archive.orders.filter((o) => o.marketplace !== marketplace) } });
  }
  return keys.length;
}
