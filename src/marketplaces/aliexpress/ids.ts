// Order numbers and the words a problem report uses for an order.
import { findLabelled } from '../common/labels';
import { ORDER_ID_LABELS } from './words';

// AliExpress order numbers are 16 digits today; older ones were shorter. Anything this long is a number, not a price.
const ORDER_NUMBER = /(?<!\d)(\d{8,20})(?!\d)/;

/** The order number in a URL's query parameter (orderId, tradeOrderId, tradeId …); null when absent. */
export function orderIdParam(url: string, ...names: string[]): string | null {
  try {
    const params = new URL(url).searchParams;
    for (const name of names) {
      const m = ORDER_NUMBER.exec(params.get(name) ?? '');
      if (m?.[1]) return m[1];
    }
  } catch {
    // not a URL: no id
  }
  return null;
}

/** The number after an "Order ID:" label (the "Copy" link beside it is ignored). */
export function labelledOrderId(root: Element): string | null {
  for (const { value } of findLabelled(root, ORDER_ID_LABELS)) {
    const m = ORDER_NUMBER.exec(value);
    if (m?.[1]) return m[1];
  }
  return null;
}

/**
 * The order a detail page is about: the number in its address, or the one it prints. When both are
 * there and differ, the page is mid-navigation (the address changed, the content not yet): null, and
 * `mismatch` so the reader says so instead of filing one order's status under the other's number.
 */
export function detailOrderId(url: string, area: Element): { orderId: string | null; mismatch: boolean } {
  const fromUrl = orderIdParam(url, 'orderId');
  const fromPage = labelledOrderId(area);
  if (fromUrl && fromPage && fromUrl !== fromPage) return { orderId: null, mismatch: true };
  return { orderId: fromUrl ?? fromPage, mismatch: false };
}

/** A link's target made absolute against the page; null when it is not an http(s) link. */
export function absoluteUrl(href: string | null, pageUrl: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, pageUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** How a problem names an order: enough to find it again, not the whole number. */
export function orderRef(orderId: string): string {
  return `order ${orderId.slice(0, 4)}…${orderId.slice(-4)}`;
}
