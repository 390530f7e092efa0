// The new buyer order list (trade.1688.com, air.1688.com, inside work.1688.com): Web Components with
// open shadow roots all the way down, app-root → order-list → div.order-list-content → order-item, and
// in each item its own components for the status, the total, the seller and the goods.
import type { OrderSnapshot, PageReading } from '../../rules/model';
import { deepQuerySelector, deepQuerySelectorAll, deepText, deepTextAt } from '../common/shadow';
import { cnyIn } from './money';
import { absoluteUrl, orderIdParam, orderNumberIn } from './ids';
import { readOldList } from './read-old-list';
import { buttonLabels, snapshot, statusFrom, type Status } from './snapshot';
import { eventAt, readEvents, stageClocks, type Events } from './when';
import { orderStageOf, refundStageOf } from './words';
import { namedOrder, readEach } from '../common/read-safely';
import { totalIn } from '../common/snapshot';

const anyStage = (text: string) => refundStageOf(text) ?? orderStageOf(text);

/** Items are order-item elements; data-tracker marks the real ones (a skeleton while loading has none). */
function orderItems(doc: Document): Element[] {
  const tracked = deepQuerySelectorAll(doc, 'order-item[data-tracker]');
  return tracked.length > 0 ? tracked : deepQuerySelectorAll(doc, 'order-item');
}

function itemOrderId(item: Element, detailUrl: string | null): string | null {
  return orderNumberIn(deepQuerySelector(item, 'copy-to-clipboard[text]')?.getAttribute('text'))
    ?? orderNumberIn(deepTextAt(item, 'span.order-id'))
    ?? orderIdParam(detailUrl, 'orderId');
}

/** The trade status, unless a refund or after-sales line under it ("退款中") says more: that one wins. */
function itemStatus(statusBlock: Element): Status | null {
  for (const el of deepQuerySelectorAll(statusBlock, '.refund-status, .after-sale-status')) {
    const text = deepText(el);
    if (anyStage(text)) return statusFrom(text, anyStage);
  }
  return statusFrom(deepTextAt(statusBlock, 'div.order-status') ?? '', orderStageOf);
}

function itemEvents(item: Element, now: Date, ref: string, problems: string[]): Events {
  const text = deepTextAt(item, 'span.order-time');
  const placed = text ? eventAt(text, now) : null;
  if (!placed) return readEvents(item, now, ref, problems);
  return { events: { placedAt: placed.iso }, approximate: placed.approximate ? ['placedAt'] : [] };
}

function readItem(item: Element, index: number, pageUrl: string, now: Date, problems: string[]): OrderSnapshot | null {
  const statusBlock = deepQuerySelector(item, 'order-item-status') ?? item;
  const detailUrl = absoluteUrl(deepQuerySelector(statusBlock, 'a.order-detail-action')?.getAttribute('href'), pageUrl);
  const shownId = itemOrderId(item, detailUrl);
  const named = namedOrder('1688 list', index, shownId, () => itemStatus(statusBlock), problems);
  if (!named) return null;
  const { orderId, ref, status } = named;
  const total = totalIn(deepTextAt(item, 'div.total-price'), cnyIn, ref, problems);
  return snapshot({
    orderId,
    status,
    when: itemEvents(item, now, ref, problems),
    pageClocks: stageClocks(statusBlock, status.stage, now, ref, problems),
    buttons: buttonLabels(item, 'q-button'),
    title: deepTextAt(item, 'a.product-name'),
    total,
    url: detailUrl,
  }, ref, problems);
}

function readNewList(url: string, items: Element[], now: Date): PageReading {
  const problems: string[] = [];
  const orders = readEach(items, '1688 list', problems, (item, index) => readItem(item, index, url, now, problems));
  return { marketplace: '1688', kind: 'order-list', url, orders, problems };
}

/** Both lists answer on the same address (?oldBuyerOrderList=y, or an account not yet moved): the markup decides. */
export function readList(url: string, doc: Document, now: Date): PageReading {
  const items = orderItems(doc);
  if (items.length > 0) return readNewList(url, items, now);
  if (doc.querySelector('li.order-item')) return readOldList(url, doc, now);
  return { marketplace: '1688', kind: 'order-list', url, orders: [], problems: ['1688 list: no orders found'] };
}
