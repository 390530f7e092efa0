// Pieces every Taobao/Tmall reader assembles an OrderSnapshot from.
import type { Marketplace, OrderSnapshot, Stage } from '../../rules/model';
import type { Money } from '../common/money';
import { normalise } from '../common/text';
import type { Events } from './when';

// Taobao order numbers are 16–20 digits today; anything this long is an id, never a price or a date.
const ORDER_NUMBER = /(?<!\d)(\d{12,24})(?!\d)/;

/** The first order number in a text; null when there is none. */
export function orderNumberIn(text: string | null | undefined): string | null {
  return (text && ORDER_NUMBER.exec(text)?.[1]) || null;
}

/** The order number in one of a URL's query parameters (biz_order_id, bizOrderId …); null when absent. */
export function orderIdParam(url: string, ...names: string[]): string | null {
  try {
    const params = new URL(url).searchParams;
    for (const name of names) {
      const id = orderNumberIn(params.get(name));
      if (id) return id;
    }
  } catch {
    // not a URL: no id
  }
  return null;
}

/** A link as an absolute https address ("//trade.tmall.com/…" is protocol-relative); null otherwise. */
export function httpsUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Orders bought on Tmall are detailed on trade.tmall.com; the link says which marketplace an order is. */
export function marketplaceOfLink(url: string | null): 'taobao' | 'tmall' {
  try {
    return url && new URL(url).hostname.toLowerCase() === 'trade.tmall.com' ? 'tmall' : 'taobao';
  } catch {
    return 'taobao';
  }
}

/** How a problem names an order: enough to find it again, not the whole number. */
export function orderRef(orderId: string): string {
  return `order ${orderId.slice(0, 4)}…${orderId.slice(-4)}`;
}

/** Labels as shown, in order, each once; empty ones left out. */
export function uniqueLabels(labels: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const label of labels) {
    const text = normalise(label ?? '');
    if (text) out.add(text);
  }
  return [...out];
}

export type Status = { text: string; stage: Stage | null };

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
};

/** The snapshot, with an unrecognised status as `unknown` and a line in problems saying so. */
export function snapshot(parts: SnapshotParts, problems: string[]): OrderSnapshot {
  if (!parts.status.stage) problems.push(`${orderRef(parts.orderId)}: status not recognised`);
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
  if (parts.title) order.title = normalise(parts.title);
  if (parts.total) order.total = parts.total;
  if (parts.url) order.url = parts.url;
  return order;
}
