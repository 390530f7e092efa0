// The current order detail page (/p/order/detail.html?orderId=…): a status block with the title, the
// countdown and the order's buttons; then the items, the labelled info lines and the price lines.
import type { PageReading } from '../../rules/model';
import { parseMoney, type Money } from '../common/money';
import { commonAncestor, firstMatch, textOf } from '../common/text';
import { detailOrderId, orderRef } from './ids';
import { buttonLabels, snapshot } from './snapshot';
import { statusIn } from './status';
import { readEvents, readProtectionClocks } from './when';
import { isLabel, TOTAL_LABELS } from './words';

const STATUS_BLOCK = ['.order-status', '[class*="order-status"]'];
const STATUS_TITLE = ['.order-status-title', '.order-status-info > :first-child', 'h1, h2, h3'];
const ITEMS = ['.order-detail-item-content-info', '[class*="order-detail-item"]'];
const PRICES = ['.order-price', '.order-price-item'];

/**
 * The order's own part of the page: the smallest element holding both the status block and the
 * items or prices, so the site header's and footer's buttons stay out.
 */
function orderArea(doc: Document, status: Element): Element {
  const other = firstMatch(doc, ITEMS) ?? firstMatch(doc, PRICES);
  return (other && commonAncestor(status, other)) ?? status.parentElement ?? status;
}

type Total = { money: Money | null; seen: boolean };

function readTotal(area: Element): Total {
  for (const row of area.querySelectorAll('.order-price-item')) {
    const label = textOf(row.querySelector('.left-col'));
    if (isLabel(label, TOTAL_LABELS)) return { money: parseMoney(textOf(row.querySelector('.right-col'))), seen: true };
  }
  return { money: null, seen: false };
}

function firstItemTitle(area: Element): string | null {
  return textOf(firstMatch(area, ['.order-detail-item-content-info .item-title a', '.item-title'])) || null;
}

export function readDetail(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'aliexpress', kind: 'order-detail', url, orders: [], problems };
  const block = firstMatch(doc, STATUS_BLOCK);
  const status = block ? statusIn(block, STATUS_TITLE) : null;
  if (!block || !status) {
    problems.push('aliexpress detail: no status found');
    return reading;
  }
  const area = orderArea(doc, block);
  const { orderId, mismatch } = detailOrderId(url, area);
  if (!orderId) {
    problems.push(mismatch ? 'aliexpress detail: page shows another order than its address' : 'aliexpress detail: no order id found');
    return reading;
  }
  const ref = orderRef(orderId);
  const total = readTotal(area);
  if (!total.money) problems.push(`${ref}: total ${total.seen ? 'not understood' : 'not found'}`);
  const when = readEvents(area, now, ref, problems);
  reading.orders.push(snapshot({
    orderId,
    status,
    when,
    pageClocks: readProtectionClocks(area, now, ref, problems, when),
    buttons: buttonLabels(area, 'button, .comet-btn'),
    title: firstItemTitle(area),
    total: total.money,
    url,
  }, ref, problems));
  return reading;
}
