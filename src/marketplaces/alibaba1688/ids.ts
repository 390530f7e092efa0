// Order numbers, links, and the words a problem report uses for an order.
import { orderNumbers } from '../common/ids';
import { findLabelled, plainLabels } from '../common/labels';
import { ORDER_ID_LABELS } from './words';

// 1688 order numbers run to 19 digits today.
const NUMBERS = orderNumbers(10, 22);
const ID_LINES = plainLabels(ORDER_ID_LABELS);

export const orderNumberIn = NUMBERS.numberIn;
export const orderIdParam = NUMBERS.inParam;
export { absoluteUrl, orderRef } from '../common/ids';

/** The number after an "订单号：" label under scope. */
export function labelledOrderId(scope: Node): string | null {
  for (const { value } of findLabelled(scope, ID_LINES, 'alone', 'deep')) {
    const id = orderNumberIn(value);
    if (id) return id;
  }
  return null;
}
