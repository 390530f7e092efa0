// Order numbers, links, and the words a problem report uses for an order.
import { labelledLines, plainLabels } from './lines';
import { ORDER_ID_LABELS } from './words';

// 1688 order numbers run to 19 digits today; anything this long is a number, not a price or a date.
const ORDER_NUMBER = /(?<!\d)(\d{10,22})(?!\d)/;
const ID_LINES = plainLabels(ORDER_ID_LABELS);

/** The order number in text (an attribute, a labelled value); null when there is none. */
export function orderNumberIn(text: string | null | undefined): string | null {
  return ORDER_NUMBER.exec(text ?? '')?.[1] ?? null;
}

/** The number in a URL's query parameter; null when absent. */
export function orderIdParam(url: string | null, ...names: string[]): string | null {
  if (!url) return null;
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

/** The number after an "订单号：" label under scope. */
export function labelledOrderId(scope: Node): string | null {
  for (const { value } of labelledLines(scope, ID_LINES)) {
    const id = orderNumberIn(value);
    if (id) return id;
  }
  return null;
}

/** A link's target made absolute against the page; null when it is not an http(s) link. */
export function absoluteUrl(href: string | null | undefined, pageUrl: string): string | null {
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
