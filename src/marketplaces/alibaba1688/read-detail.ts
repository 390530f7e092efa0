// Order detail pages: the old one (trade.1688.com/order/new_step_order_detail.htm?orderId=…, plain DOM:
// a status box, then labelled lines with .info-item-val values) and the new one
// (air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=…, components in open shadow roots
// like the new list). One reader serves both: it finds the status box, the labels and the total by
// selectors that either build answers, shadow roots included.
import type { PageReading } from '../../rules/model';
import { deepFirstMatch, deepQuerySelectorAll, deepText, type Scope } from '../common/shadow';
import { cnyIn } from './money';
import { labelledOrderId, orderIdParam, orderRef } from './ids';
import { findLabelled, plainLabels } from '../common/labels';
import { buttonLabels, knownStatusIn, snapshot, statusFrom, type Status } from './snapshot';
import { readEvents, stageClocks } from './when';
import { orderStageOf, refundStageOf, TOTAL_LABELS } from './words';

const AREA = ['order-detail', '#order-detail', '.order-detail', 'app-root'];
const STATUS_BLOCK = ['.order-status-box', 'div.order-status', '[class*="order-status"]'];
const STATUS_TITLE = ['.order-status-title', '.status-title', 'h2', 'h3'];
const BUTTONS = 'q-button, button, a.button';
const TITLE = ['a.product-name', 'a.productName', '.product-title a'];
const TOTAL_LINES = plainLabels(TOTAL_LABELS);
const REFUND_LINES = '.refund-status, .after-sale-status';

const anyStage = (text: string) => refundStageOf(text) ?? orderStageOf(text);

/** The title's words, or any known status in the box when the title says more than a status. */
function blockStatus(block: Element): Status | null {
  const title = statusFrom(deepText(deepFirstMatch(block, STATUS_TITLE)), anyStage);
  if (title?.stage) return title;
  return knownStatusIn(block, anyStage) ?? title;
}

/**
 * A refund shows on the order page only as a line on its product row ("退款中", linking to the refund
 * page); the trade status stays 等待买家收货. As on the list, that line says more, so it wins.
 */
function refundStatus(area: Scope): Status | null {
  for (const el of deepQuerySelectorAll(area, REFUND_LINES)) {
    const status = statusFrom(deepText(el), anyStage);
    if (status?.stage) return status;
  }
  return null;
}

function readTotal(area: Scope) {
  const line = findLabelled(area as Node, TOTAL_LINES, 'alone', 'deep')[0]?.value ?? (deepText(deepFirstMatch(area, ['.total-price'])) || null);
  return { seen: line !== null, money: line ? cnyIn(line) : null };
}

/**
 * The number in the address and the one the page prints must agree: when they differ the page is
 * mid-navigation, and filing one order's state under the other's number would be worse than nothing.
 */
function detailOrderId(url: string, area: Node): { orderId: string | null; mismatch: boolean } {
  const fromUrl = orderIdParam(url, 'orderId');
  const fromPage = labelledOrderId(area);
  if (fromUrl && fromPage && fromUrl !== fromPage) return { orderId: null, mismatch: true };
  return { orderId: fromUrl ?? fromPage, mismatch: false };
}

export function readDetail(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: '1688', kind: 'order-detail', url, orders: [], problems };
  const area = deepFirstMatch(doc, AREA) ?? doc.body;
  const block = area && deepFirstMatch(area, STATUS_BLOCK);
  const status = block && blockStatus(block);
  if (!area || !block || !status) {
    problems.push('1688 detail: no status found');
    return reading;
  }
  const { orderId, mismatch } = detailOrderId(url, area);
  if (!orderId) {
    problems.push(`1688 detail: ${mismatch ? 'page shows another order than its address' : 'no order id found'}`);
    return reading;
  }
  const ref = orderRef(orderId);
  const total = readTotal(area);
  if (!total.money) problems.push(`${ref}: total ${total.seen ? 'not understood' : 'not found'}`);
  reading.orders.push(snapshot({
    orderId,
    status: refundStatus(area) ?? status,
    when: readEvents(area, now, ref, problems),
    pageClocks: stageClocks(block, status.stage, now, ref, problems),
    buttons: buttonLabels(block, BUTTONS),
    title: deepText(deepFirstMatch(area, TITLE)) || null,
    total: total.money,
    url,
  }, ref, problems));
  return reading;
}
