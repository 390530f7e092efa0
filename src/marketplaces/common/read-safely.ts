// The never-throw nets every reader stands on: one around a whole page, one around each order, and
// the two checks that leave an order out with a problem (no id, no status) rather than guess.
import type { Marketplace, OrderSnapshot, PageKind, PageReading } from '../../rules/model';
import { orderRef } from './ids';
import { fitReading } from './limits';
import type { Status } from './snapshot';
import { isPunishUrl, readPastWall, WALL } from './wall';

/**
 * A page's reading, fitted to the message bounds; null behind a verification wall. A reader that
 * throws after all gives an empty reading that says so: the content script never sees a throw.
 */
export function readSafely(page: { marketplace: Marketplace; kind: PageKind }, url: string, doc: Document, read: () => PageReading): PageReading | null {
  try {
    if (isPunishUrl(url)) return null;
    return readPastWall(doc, WALL, () => fitReading(read()));
  } catch {
    return { marketplace: page.marketplace, kind: page.kind, url, orders: [], problems: [`${page.marketplace}: page could not be read`] };
  }
}

/**
 * Each item read in turn; one that throws is left out with a problem naming it, the rest are kept. An
 * order the page draws twice (a sticky copy, a half-finished re-render) is reported once, as first drawn.
 */
export function readEach<T>(items: Iterable<T>, what: string, problems: string[], read: (item: T, index: number) => OrderSnapshot | null): OrderSnapshot[] {
  const orders: OrderSnapshot[] = [];
  const seen = new Set<string>();
  let index = 0;
  for (const item of items) {
    try {
      const order = read(item, index);
      if (order && !seen.has(order.orderId)) {
        seen.add(order.orderId);
        orders.push(order);
      }
    } catch {
      problems.push(`${what}: order #${index + 1} could not be read`);
    }
    index++;
  }
  return orders;
}

/**
 * An order's id and status, or null with a problem when either is missing: an order with no id cannot
 * be told from the others, one with no status would be a guess. `status` is asked only once the id is known.
 */
export function namedOrder(
  what: string, index: number, orderId: string | null | undefined, status: () => Status | null, problems: string[],
): { orderId: string; ref: string; status: Status } | null {
  if (!orderId) {
    problems.push(`${what}: order #${index + 1} has no order id, left out`);
    return null;
  }
  const ref = orderRef(orderId);
  const found = status();
  if (!found) {
    problems.push(`${ref}: no status found, left out`);
    return null;
  }
  return { orderId, ref, status: found };
}
