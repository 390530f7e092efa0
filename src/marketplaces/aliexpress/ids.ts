// Order numbers and the words a problem report uses for an order.
import { orderNumbers } from '../common/ids';
import { findLabelled } from '../common/labels';
import { ORDER_ID_LABELS } from './words';

// AliExpress order numbers are 16 digits today; older ones were shorter.
const NUMBERS = orderNumbers(8, 20);

/** The order number in a URL's query parameter (orderId, tradeOrderId, tradeId …); null when absent. */
export const orderIdParam = NUMBERS.inParam;
export { absoluteUrl, orderRef } from '../common/ids';

/** The number after an "Order ID:" label (the "Copy" link beside it is ignored). */
export function labelledOrderId(root: Element): string | null {
  for (const { value } of findLabelled(root, ORDER_ID_LABELS)) {
    const id = NUMBERS.numberIn(value);
    if (id) return id;
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
