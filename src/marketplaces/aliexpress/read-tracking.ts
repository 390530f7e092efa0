// The tracking page (/p/tracking/index.html?tradeOrderId=…, legacy track.aliexpress.com). It names
// the parcel's state, not the order's, and carries the dated promises buyers most need: "Refund if no
// delivery before <date>" and "Apply for R$5.00 coupon code if delayed by <date>".
import type { PageReading } from '../../rules/model';
import { readDate } from '../common/dates';
import { firstMatch, textOf } from '../common/text';
import { orderIdParam, orderRef } from './ids';
import { snapshot } from './snapshot';
import { readPromises } from './promises';
import { ZONE, type Events } from './when';
import { trackingStageOf } from './words';

// The parcel's headline state. A progress bar of all steps ("Shipped", "In transit", "Delivered")
// sits on the same page, so the state is read from its title only, never from any matching word.
const STATUS_TITLE = ['.logistics-status-title', '[class*="status-title"]', '[class*="status-text"]'];

// The tracking events carry stable codes beside their translated text (trackingPrimaryCode); this one
// says the parcel was signed for. Found by value, whatever attribute the build keeps it in.
const SIGNED = 'AE_GTMS_SIGNED';

/** The signed-for event, when the page shows one: the element carrying the code, and the date in its text. */
function signedEvent(root: Element, now: Date): { found: boolean; at?: { iso: string; approximate: boolean } } {
  for (const el of root.querySelectorAll('*')) {
    if (![...el.attributes].some((a) => a.value === SIGNED)) continue;
    const at = readDate(textOf(el), ZONE, now);
    return at ? { found: true, at } : { found: true };
  }
  return { found: false };
}

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
  // The code is read before the words: a translated title still has its signed-for event.
  const signed = signedEvent(doc.body, now);
  const when: Events = signed.at
    ? { events: { deliveredAt: signed.at.iso }, approximate: signed.at.approximate ? ['deliveredAt'] : [] }
    : { events: {}, approximate: [] };
  reading.orders.push(snapshot({
    orderId,
    status: { text, stage: signed.found ? 'delivered' : trackingStageOf(text) },
    when,
    pageClocks: readPromises(doc.body, when, now, ZONE, ref, problems).clocks,
    buttons: [],
    url,
  }, ref, problems));
  return reading;
}
