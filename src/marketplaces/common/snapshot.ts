// Assembling an OrderSnapshot from what a reader found, the same way for every marketplace.
import type { EventName, Marketplace, OrderSnapshot, PausedClock, Stage } from '../../rules/model';
import type { Money } from './money';

/** A status as shown, and the stage its words name (null when they name none we know). */
export type Status = { text: string; stage: Stage | null };
/** Event times found on a page; `approximate` lists those known only to the day. */
export type Events = { events: Partial<Record<EventName, string>>; approximate: EventName[] };

export type SnapshotParts = {
  marketplace: Marketplace;
  orderId: string;
  status: Status;
  when: Events;
  pageClocks: OrderSnapshot['pageClocks'];
  buttons: string[];
  title?: string | null;
  total?: Money | null;
  url?: string | null;
  /** The 七天退换 mark, when the page lists the goods' service marks (Taobao, Tmall); null when it does not. */
  noReasonReturn?: boolean | null;
  /** Clocks the page says are stopped instead of counting (common/paused.ts). */
  paused?: PausedClock[];
};

/** The snapshot, with an unrecognised status as `unknown` and a line in problems saying so. */
export function assembleSnapshot(parts: SnapshotParts, ref: string, problems: string[]): OrderSnapshot {
  if (!parts.status.stage) problems.push(`${ref}: status not recognised`);
  const order: OrderSnapshot = {
    marketplace: parts.marketplace,
    orderId: parts.orderId,
    stage: parts.status.stage ?? 'unknown',
    statusText: parts.status.text,
    events: parts.when.events,
    pageClocks: parts.pageClocks,
    buttons: parts.buttons,
  };
  if (parts.when.approximate.length > 0) order.approximate = parts.when.approximate;
  if (parts.title) order.title = parts.title;
  if (parts.total) order.total = parts.total;
  if (parts.url) order.url = parts.url;
  if (typeof parts.noReasonReturn === 'boolean') order.noReasonReturn = parts.noReasonReturn;
  if (parts.paused?.length) order.paused = parts.paused;
  return order;
}

/** The total an order shows, read by the marketplace's money reader; a problem says whether it was missing or unreadable. */
export function totalIn(text: string | null | undefined, read: (text: string) => Money | null, ref: string, problems: string[]): Money | null {
  const total = text ? read(text) : null;
  if (!total) problems.push(`${ref}: total ${text ? 'not understood' : 'not found'}`);
  return total;
}
