// The old bought-items list's inline data (buyertrade.taobao.com/trade/itemlist/list_bought_items.htm,
// `?route_to=tm1`): `var data = JSON.parse('…')` holds the orders the page was served with (mainOrders[]).
// It is read only for orders the rendered DOM shows (./read-list.ts): paging does not update it.
import type { OrderSnapshot, PageClock } from '../../rules/model';
import { assignedJsonParse } from '../common/inline-data';
import { asArray, asObject, asString, at } from '../common/json-walk';
import { yuanValue } from './money';
import { httpsUrl, marketplaceOfLink, snapshot, uniqueLabels, type Status } from './snapshot';
import { addEvent, countdownClock, listCountdownClock, noEvents, promiseAnchor, shipByClock } from './when';
import { stageOfWords, TRADE_STATUS } from './words';
import { noReasonReturnIn } from './service-marks';
import { namedOrder } from '../common/read-safely';

type Operation = { text: string; id: string | null; url: string | null; countdown: boolean };

function operations(value: unknown): Operation[] {
  return asArray(value).flatMap((v) => {
    const text = asString(at(v, 'text'))?.trim();
    if (!text) return [];
    const id = asString(at(v, 'id'));
    const url = asString(at(v, 'url')) ?? asString(at(v, 'dataUrl'));
    // The countdown rides among the operations as a plain entry: style t5, no id, "还剩…".
    const countdown = !id && /^还剩/.test(text);
    return [{ text, id, url, countdown }];
  });
}

// The string ids only: extra.id and subOrders[].id are JSON numbers above 2^53, already rounded.
function orderIdOf(order: unknown): string | undefined {
  return [asString(at(order, 'id')), asString(at(order, 'orderInfo', 'id'))].find((s) => s && /^\d{6,24}$/.test(s)) ?? undefined;
}

/** Text words first (they say the most), the tradeStatus enum when the words are new to us. */
function statusOf(order: unknown): Status | null {
  const text = asString(at(order, 'statusInfo', 'text'))?.trim();
  const tradeStatus = asString(at(order, 'extra', 'tradeStatus'));
  const byEnum = tradeStatus ? TRADE_STATUS.get(tradeStatus) ?? null : null;
  if (!text) return byEnum ? { text: tradeStatus ?? '', stage: byEnum } : null;
  return { text, stage: stageOfWords(text) ?? byEnum };
}

/** An on-screen order read from its inline data; the index is its place on screen. */
export function readInlineOrder(order: unknown, index: number, pageUrl: string, now: Date, problems: string[]): OrderSnapshot | null {
  const shownId = orderIdOf(order);
  const named = namedOrder('taobao list', index, shownId, () => statusOf(order), problems);
  if (!named) return null;
  const { orderId, ref, status } = named;
  const when = noEvents();
  const created = asString(at(order, 'orderInfo', 'createTime')) ?? asString(at(order, 'orderInfo', 'createDay'));
  if (created && !addEvent(when, 'placedAt', created, now)) problems.push(`${ref}: order time not understood`);

  const statusOps = operations(at(order, 'statusInfo', 'operations'));
  const mainOps = [...operations(at(order, 'operations')), ...operations(at(order, 'tradeOperations'))];
  const subOrders = asArray(at(order, 'subOrders'));
  const subOps = subOrders.flatMap((sub) => operations(at(sub, 'operations')));
  const all = [...statusOps, ...mainOps, ...subOps];

  const pageClocks: PageClock[] = [];
  for (const op of all.filter((o) => o.countdown)) {
    const clock = listCountdownClock(status.stage);
    const read = clock && countdownClock(clock, op.text, now);
    if (read) pageClocks.push(read);
    else problems.push(`${ref}: countdown ${clock ? 'not understood' : `has no known meaning in stage ${status.stage ?? 'unknown'}`}`);
  }
  for (const sub of subOrders) {
    for (const line of asArray(at(sub, 'itemInfo', 'extra'))) {
      const clock = shipByClock(asString(at(line, 'value')) ?? '', promiseAnchor(when), now, ref, problems);
      if (clock) pageClocks.push(clock);
    }
  }

  const detail = statusOps.find((o) => o.id === 'viewDetail')?.url ?? asString(at(order, 'statusInfo', 'url'));
  const url = httpsUrl(detail, pageUrl);
  const total = yuanValue(asString(at(order, 'payInfo', 'actualFee')));
  if (!total) problems.push(`${ref}: total not found`);
  return snapshot({
    marketplace: marketplaceOfLink(url),
    orderId,
    status,
    when,
    pageClocks,
    // Plain texts beside the actions (对方已评) are no buttons: an action has an id or a target.
    buttons: uniqueLabels(all.filter((o) => !o.countdown && (o.id || o.url)).map((o) => o.text)),
    title: asString(at(subOrders[0], 'itemInfo', 'title')),
    total,
    url,
    noReasonReturn: noReasonReturnIn(subOrders),
  }, problems);
}

/**
 * The orders in `var data` by their string id, or null when the page carries no such blob. The blob is
 * what the page was first served with (page 1): after paging, a tab or a search without navigation it
 * names orders no longer on screen, so it is only ever read for an order the DOM shows.
 */
export function inlineOrders(doc: Document): ReadonlyMap<string, unknown> | null {
  const mainOrders = at(asObject(assignedJsonParse(doc, 'data')), 'mainOrders');
  if (!Array.isArray(mainOrders)) return null;
  const byId = new Map<string, unknown>();
  for (const order of mainOrders) {
    const id = orderIdOf(order);
    if (id && !byId.has(id)) byId.set(id, order);
  }
  return byId;
}

