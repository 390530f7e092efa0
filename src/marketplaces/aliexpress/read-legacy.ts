// The pre-2022 site on trade.aliexpress.com: a table of orders (#buyer-ordertable) and a detail page.
// It still answers for some accounts and old bookmarks; its buyer-protection countdown is a `lefttime`
// attribute holding milliseconds left.
import type { OrderSnapshot, PageClock, PageReading } from '../../rules/model';
import { readDate } from '../common/dates';
import { findLabelled } from '../common/labels';
import { parseMoney } from '../common/money';
import { firstMatch, normalise, textAt, textOf } from '../common/text';
import { absoluteUrl, detailOrderId, orderIdParam, orderRef } from './ids';
import { buttonLabels, snapshot } from './snapshot';
import { statusOf } from './status';
import { lefttimeClock, readEvents, readProtectionClocks, ZONE, type Events } from './when';
import { TOTAL_LABELS } from './words';
import { namedOrder } from '../common/read-safely';
import { totalIn } from '../common/snapshot';

const BUTTONS = 'button, .ui-button';
const ROW_BUTTONS = '.order-action button, .order-action .ui-button';

function lefttimeClocks(root: Element, now: Date): PageClock[] {
  return [...root.querySelectorAll('[lefttime]')].flatMap((el) => lefttimeClock(el, now) ?? []);
}

/** The order row's "10:31 May. 21 2019" under .second-row; labelled lines as a fallback. */
function legacyEvents(row: Element, now: Date, ref: string, problems: string[]): Events {
  const dateText = textAt(row, '.order-info .second-row .info-body');
  const date = dateText ? readDate(dateText, ZONE, now) : null;
  if (!date) return readEvents(row, now, ref, problems);
  return { events: { placedAt: date.iso }, approximate: date.approximate ? ['placedAt'] : [] };
}

function readLegacyRow(row: Element, index: number, pageUrl: string, now: Date, problems: string[]): OrderSnapshot | null {
  const idText = textAt(row, '.order-info .first-row .info-body') ?? '';
  const link = absoluteUrl(row.querySelector('a[href*="orderId="]')?.getAttribute('href') ?? null, pageUrl);
  const shownId = /^\d{8,20}$/.test(idText) ? idText : link ? orderIdParam(link, 'orderId') : null;
  const named = namedOrder('aliexpress legacy list', index, shownId, () => statusOf(row.querySelector('.order-status .f-left')), problems);
  if (!named) return null;
  const { orderId, ref, status } = named;
  const total = totalIn(textAt(row, '.amount-num'), parseMoney, ref, problems);
  const titleEl = row.querySelector('.product-title a');
  return snapshot({
    orderId,
    status,
    when: legacyEvents(row, now, ref, problems),
    pageClocks: lefttimeClocks(row, now),
    buttons: buttonLabels(row, ROW_BUTTONS),
    title: normalise(titleEl?.getAttribute('title') ?? '') || textOf(titleEl) || null,
    total,
    url: link,
  }, ref, problems);
}

export function readLegacyList(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const orders: OrderSnapshot[] = [];
  const rows = doc.querySelectorAll('#buyer-ordertable tbody.order-item-wraper');
  if (rows.length === 0) problems.push('aliexpress legacy list: no orders found');
  rows.forEach((row, index) => {
    try {
      const order = readLegacyRow(row, index, url, now, problems);
      if (order) orders.push(order);
    } catch {
      problems.push(`aliexpress legacy list: order #${index + 1} could not be read`);
    }
  });
  return { marketplace: 'aliexpress', kind: 'order-list', url, orders, problems };
}

/** The legacy detail page: read by its words (status, labelled lines), its markup being undocumented. */
export function readLegacyDetail(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'aliexpress', kind: 'order-detail', url, orders: [], problems };
  const area = firstMatch(doc, ['.order-bd', '#order-detail']) ?? doc.body;
  const status = statusOf(area && firstMatch(area, ['#order-status', '.order-status']));
  if (!area || !status) {
    problems.push('aliexpress legacy detail: no status found');
    return reading;
  }
  const { orderId, mismatch } = detailOrderId(url, area);
  if (!orderId) {
    problems.push(`aliexpress legacy detail: ${mismatch ? 'page shows another order than its address' : 'no order id found'}`);
    return reading;
  }
  const ref = orderRef(orderId);
  const totalLine = findLabelled(area, TOTAL_LABELS)[0];
  const total = totalLine ? parseMoney(totalLine.value) : null;
  if (!total) problems.push(`${ref}: total ${totalLine ? 'not understood' : 'not found'}`);
  const when = readEvents(area, now, ref, problems);
  reading.orders.push(snapshot({
    orderId,
    status,
    when,
    pageClocks: [...lefttimeClocks(area, now), ...readProtectionClocks(area, now, ref, problems)],
    buttons: buttonLabels(area, BUTTONS),
    title: textOf(area.querySelector('.product-title a, .desc a')) || null,
    total,
    url,
  }, ref, problems));
  return reading;
}
