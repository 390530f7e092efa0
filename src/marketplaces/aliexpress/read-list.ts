// The current order list (/p/order/index.html): one div.order-item per order, page 1 rendered on the
// server, later pages appended in place.
import type { OrderSnapshot, PageReading } from '../../rules/model';
import { parseMoney } from '../common/money';
import { firstMatch, normalise, textAt, textOf } from '../common/text';
import { absoluteUrl, labelledOrderId, orderIdParam } from './ids';
import { buttonLabels, snapshot } from './snapshot';
import { statusOf, type Status } from './status';
import { readPromises } from './promises';
import { readEvents, readProtectionClocks, withListDate, ZONE } from './when';
import { stageOf } from './words';
import { namedOrder } from '../common/read-safely';
import { totalIn } from '../common/snapshot';

function orderItems(doc: Document): Element[] {
  const grouped = doc.querySelectorAll('.comet-checkbox-group > .order-item');
  if (grouped.length > 0) return [...grouped];
  // Builds without the checkbox group still give each order its header.
  return [...doc.querySelectorAll('.order-item')].filter((el) => el.querySelector('.order-item-header'));
}

/**
 * The header says where the order stands in the trade ("Awaiting delivery"); a refund or return line
 * under the order ("Dispute in progress") says more and wins, and its text becomes the status shown.
 */
function listStatus(item: Element): Status | null {
  for (const el of item.querySelectorAll('.expose-info-item-title')) {
    const text = textOf(el);
    const stage = stageOf(text);
    if (stage) return { text, stage };
  }
  return statusOf(firstMatch(item, ['.order-item-header-status-text', '.order-item-header-status']));
}

function readListOrder(item: Element, index: number, pageUrl: string, now: Date, problems: string[]): OrderSnapshot | null {
  const link = item.querySelector('a[href*="orderId="]');
  const detailUrl = absoluteUrl(link?.getAttribute('href') ?? null, pageUrl);
  const shownId = labelledOrderId(item) ?? (detailUrl ? orderIdParam(detailUrl, 'orderId') : null);
  const named = namedOrder('aliexpress list', index, shownId, () => listStatus(item), problems);
  if (!named) return null;
  const { orderId, ref, status } = named;
  const total = totalIn(textAt(item, '.order-item-content-opt-price-total'), parseMoney, ref, problems);
  const titleEl = item.querySelector('.order-item-content-info-name [title]');
  const title = normalise(titleEl?.getAttribute('title') ?? '') || textAt(item, '.order-item-content-info-name');
  const when = withListDate(item, readEvents(item, now, ref, problems), now);
  const promises = readPromises(item, when, now, ZONE, ref, problems);
  return snapshot({
    orderId,
    status,
    when,
    pageClocks: [...readProtectionClocks(item, now, ref, problems), ...promises.clocks],
    freeReturn: promises.freeReturn,
    buttons: buttonLabels(item, '.order-item-btns button, .order-item-btns .comet-btn'),
    title,
    total,
    url: detailUrl,
  }, ref, problems);
}

export function readList(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const orders: OrderSnapshot[] = [];
  const items = orderItems(doc);
  if (items.length === 0) problems.push('aliexpress list: no orders found');
  items.forEach((item, index) => {
    try {
      const order = readListOrder(item, index, url, now, problems);
      if (order) orders.push(order);
    } catch {
      problems.push(`aliexpress list: order #${index + 1} could not be read`);
    }
  });
  return { marketplace: 'aliexpress', kind: 'order-list', url, orders, problems };
}
