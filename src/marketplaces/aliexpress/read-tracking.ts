// The tracking page (/p/tracking/index.html?tradeOrderId=…, legacy track.aliexpress.com). It names
// the parcel's state, not the order's, and carries the dated promises buyers most need: "Refund if no
// delivery before <date>" and "Apply for R$5.00 coupon code if delayed by <date>".
import type { PageReading } from '../../rules/model';
import { firstMatch, textOf } from '../common/text';
import { orderIdParam, orderRef } from './ids';
import { snapshot } from './snapshot';
import { readPromises } from './promises';
import { ZONE } from './when';
import { trackingStageOf } from './words';

// The parcel's headline state. A progress bar of all steps ("Shipped", "In transit", "Delivered")
// sits on the same page, so the state is read from its title only, never from any matching word.
const STATUS_TITLE = ['.logistics-status-title', '[class*="status-title"]', '[class*="status-text"]'];

export function readTracking(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'aliexpress', kind: 'tracking', url, orders: [], problems };
  const orderId = orderIdParam(url, 'tradeOrderId', 'tradeId', 'orderId');
  if (!orderId || !doc.body) {
    problems.push('aliexpress tracking: no order id found');
    return reading;
  }
  const ref = orderRef(orderId);
  const text = textOf(firstMatch(doc.body, STATUS_TITLE));
  if (!text) {
    problems.push('aliexpress tracking: no parcel status found');
    return reading;
  }
  reading.orders.push(snapshot({
    orderId,
    status: { text, stage: trackingStageOf(text) },
    when: { events: {}, approximate: [] },
    pageClocks: readPromises(doc.body, { events: {}, approximate: [] }, now, ZONE, ref, problems).clocks,
    buttons: [],
    url,
  }, ref, problems));
  return reading;
}
