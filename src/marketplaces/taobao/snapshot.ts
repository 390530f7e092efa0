// Pieces every Taobao/Tmall reader assembles an OrderSnapshot from.
import type { OrderSnapshot } from '../../rules/model';
import { assembleSnapshot, type SnapshotParts, type Status } from '../common/snapshot';
import { normalise } from '../common/text';

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

export type { Status };

/** The snapshot of a Taobao or Tmall order (see common/snapshot.ts); titles come with stray spacing. */
export function snapshot(parts: SnapshotParts, problems: string[]): OrderSnapshot {
  return assembleSnapshot({ ...parts, title: parts.title && normalise(parts.title) }, orderRef(parts.orderId), problems);
}
