// Refund and after-sales pages under dispute.1688.com. Their markup is not documented anywhere public,
// so the reader goes by words: the refund state (等待卖家同意 …), the order number after its label,
// labelled dates, and the countdown or deadline the page shows beside the state.
import type { PageReading } from '../../rules/model';
import { deepFirstMatch, deepText } from '../common/shadow';
import { labelledOrderId, orderIdParam, orderRef } from './ids';
import { buttonLabels, knownStatusIn, snapshot, statusFrom, type Status } from './snapshot';
import { readEvents, stageClocks } from './when';
import { refundStageOf } from './words';

const AREA = ['.refund-detail', '#refund-detail', 'main', 'app-root'];
const STATUS_BLOCK = ['.refund-status', '.status-box', '[class*="refund-status"]'];
const STATUS_TITLE = ['.refund-status-title', '.status-title', 'h1', 'h2', 'h3'];
const BUTTONS = 'button, a.button, q-button, [role="button"]';
const TITLE = ['.product-name', '.goods-title', 'a[href*="detail.1688.com/offer"]'];

/** The state the page heads with; else any element whose whole text is a refund state. */
function refundStatus(area: Element, block: Element | null): Status | null {
  const title = block ? statusFrom(deepText(deepFirstMatch(block, STATUS_TITLE)), refundStageOf) : null;
  if (title?.stage) return title;
  return knownStatusIn(block ?? area, refundStageOf) ?? title;
}

export function readRefund(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: '1688', kind: 'refund', url, orders: [], problems };
  const area = deepFirstMatch(doc, AREA) ?? doc.body;
  const block = area && deepFirstMatch(area, STATUS_BLOCK);
  const status = area && refundStatus(area, block);
  if (!area || !status) {
    problems.push('1688 refund: no refund state found');
    return reading;
  }
  // The page is about a refund; the snapshot is about the order the refund belongs to.
  const orderId = labelledOrderId(area) ?? orderIdParam(url, 'orderId', 'orderEntryId');
  if (!orderId) {
    problems.push('1688 refund: no order id found');
    return reading;
  }
  const ref = orderRef(orderId);
  reading.orders.push(snapshot({
    orderId,
    status,
    when: readEvents(area, now, ref, problems),
    pageClocks: stageClocks(block ?? area, status.stage, now, ref, problems),
    buttons: buttonLabels(area, BUTTONS),
    title: deepText(deepFirstMatch(area, TITLE)) || null,
    url,
  }, ref, problems));
  return reading;
}
