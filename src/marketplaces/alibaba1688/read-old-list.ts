// The old buyer order list (trade.1688.com/order/buyer_order_list.htm?oldBuyerOrderList=y, GBK): one
// li.order-item per order, the number in input.tradeId[value] and in ".order-title .order-id"
// ("订单号：…"). The rest of its markup is not documented: the reader finds status and dates by words.
import type { OrderSnapshot, PageReading } from '../../rules/model';
import { normalise, textAt, textOf } from '../common/text';
import { cnyIn } from './money';
import { absoluteUrl, orderNumberIn, orderRef } from './ids';
import { findLabelled, plainLabels } from '../common/labels';
import { buttonLabels, knownStatusIn, snapshot, type Status } from './snapshot';
import { eventAt, readEvents, stageClocks, type Events } from './when';
import { enumStageOf, orderStageOf, refundStageOf, TOTAL_LABELS } from './words';
import { readEach } from '../common/read-safely';

const TOTAL_LINES = plainLabels(TOTAL_LABELS);
const anyStage = (text: string) => refundStageOf(text) ?? orderStageOf(text);

/** The status words in the row; the status enum some builds put on the row when the words are new to us. */
function rowStatus(row: Element, statusCell: Element): Status | null {
  const known = knownStatusIn(statusCell, anyStage);
  if (known) return known;
  const shown = textAt(statusCell, '.status-text') ?? textOf(statusCell.querySelector('span'));
  const byEnum = enumStageOf(row.getAttribute('data-trade-status') ?? '');
  if (shown || byEnum) return { text: shown || (row.getAttribute('data-trade-status') ?? ''), stage: byEnum };
  return null;
}

function rowEvents(row: Element, now: Date, ref: string, problems: string[]): Events {
  const text = textAt(row, '.order-title .date');
  const placed = text ? eventAt(text, now) : null;
  if (!placed) return readEvents(row, now, ref, problems);
  return { events: { placedAt: placed.iso }, approximate: placed.approximate ? ['placedAt'] : [] };
}

function rowTotal(row: Element) {
  const text = textAt(row, '.total-price') ?? findLabelled(row, TOTAL_LINES, 'alone', 'deep')[0]?.value ?? null;
  return { text, money: text ? cnyIn(text) : null };
}

function readRow(row: Element, index: number, pageUrl: string, now: Date, problems: string[]): OrderSnapshot | null {
  const orderId = orderNumberIn(row.querySelector('input.tradeId')?.getAttribute('value'))
    ?? orderNumberIn(textAt(row, '.order-title .order-id'));
  if (!orderId) {
    problems.push(`1688 old list: order #${index + 1} has no order id, left out`);
    return null;
  }
  const ref = orderRef(orderId);
  const statusCell = row.querySelector('.order-status') ?? row;
  const status = rowStatus(row, statusCell);
  if (!status) {
    problems.push(`${ref}: no status found, left out`);
    return null;
  }
  const total = rowTotal(row);
  if (!total.money) problems.push(`${ref}: total ${total.text ? 'not understood' : 'not found'}`);
  const titleEl = row.querySelector('a.productName');
  return snapshot({
    orderId,
    status,
    when: rowEvents(row, now, ref, problems),
    pageClocks: stageClocks(statusCell, status.stage, now, ref, problems),
    buttons: buttonLabels(row, '.order-operate .button, .order-operate button'),
    title: normalise(titleEl?.getAttribute('title') ?? '') || textOf(titleEl) || null,
    total: total.money,
    url: absoluteUrl(row.querySelector('a[href*="order_detail.htm"]')?.getAttribute('href'), pageUrl),
  }, ref, problems);
}

export function readOldList(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const orders = readEach(doc.querySelectorAll('li.order-item'), '1688 old list', problems, (row, index) => readRow(row, index, url, now, problems));
  if (orders.length === 0 && problems.length === 0) problems.push('1688 old list: no orders found');
  return { marketplace: '1688', kind: 'order-list', url, orders, problems };
}
