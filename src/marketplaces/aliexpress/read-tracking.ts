// The tracking page (/p/tracking/index.html?tradeOrderId=…, legacy track.aliexpress.com). It names
// the parcel's state, not the order's, and carries the one dated promise buyers most need:
// "Refund if no delivery before <date>" — the protection clock.
import type { PageReading } from '../../rules/model';
import { firstMatch, textOf } from '../common/text';
import { orderIdParam, orderRef } from './ids';
import { snapshot } from './snapshot';
import { readProtectionClocks } from './when';
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
    pageClocks: readProtectionClocks(doc.body, now, ref, problems),
    buttons: [],
    url,
  }, ref, problems));
  return reading;
}
