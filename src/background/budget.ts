// How much of storage.local the orders read off pages may take, counted by the store itself (Firefox
// has no quota to run into, and a full Chrome quota stops everything else: reminders, notes, imports).
// Each marketplace has a share of its own, and the shares add up to well under Chrome's 10 MB: a page
// flooding the store with made-up orders fills its own marketplace's share and nothing else.
import type { Marketplace } from '../rules/model';
import { marketplaceOfKey } from '../lib/order-record';

/** Orders kept per marketplace: a heavy buyer's year (bench/README.md stores 10,000), far below a flood's. */
export const MAX_ORDERS_PER_MARKETPLACE = 10_000;
/**
 * Bytes (as Chrome counts them: key plus JSON) per marketplace: ≈ 6,500 orders in the stored form. The
 * three marketplaces whose pages are read take at most 9 MB, leaving Chrome's 10 MB room for the rest
 * (hand-tracked orders, the sent log, the archive, settings) whatever a page does.
 */
export const MAX_BYTES_PER_MARKETPLACE = 3 * 1024 * 1024;
/** New orders one tab may add in a minute: paging fast through a long list, not a page drawing orders. */
export const MAX_NEW_PER_TAB_MINUTE = 300;
const MINUTE = 60_000;
/** Lines kept in the archive of orders moved out of the way; the oldest go first. */
export const MAX_ARCHIVED = 1000;

/** Taobao's pages list Tmall orders too: they share a share. */
export const familyOf = (m: Marketplace | string): string => (m === 'tmall' ? 'taobao' : m);
/** The family of the marketplace an order's key names ('' for a key that is not an order's). */
export const familyOfKey = (key: string): string => familyOf(marketplaceOfKey(key) ?? '');

/** What Chrome counts against its quota for one item. */
export const entryBytes = (key: string, value: unknown): number => key.length + (JSON.stringify(value)?.length ?? 0);

/** The new orders each tab may still add this minute. */
export function createTabPace(now: () => number) {
  const tabs = new Map<number, { since: number; count: number }>();
  return {
    /** Of `wanted` new orders from tab `tab`, how many it may add now (and counts them as added). */
    take(tab: number, wanted: number): number {
      const at = now();
      let pace = tabs.get(tab);
      if (!pace || at - pace.since >= MINUTE) {
        pace = { since: at, count: 0 };
        tabs.set(tab, pace);
      }
      const allowed = Math.max(0, Math.min(wanted, MAX_NEW_PER_TAB_MINUTE - pace.count));
      pace.count += allowed;
      // Tabs long gone are forgotten.
      if (tabs.size > 100) for (const [id, p] of tabs) if (at - p.since >= MINUTE) tabs.delete(id);
      return allowed;
    },
  };
}
