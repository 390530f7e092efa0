// The Taobao order detail (trade.taobao.com/trade/detail/trade_order_detail.htm?biz_order_id=…): its
// `var data = JSON.parse('…')` holds the status, the step timeline (orderBar.nodes), the guide lines
// with their countdown ("您还有 ⟨countdown⟩ 来完成…确认收货"), the buttons and detailExtra.inRefund.
import type { PageClock, PageReading } from '../../rules/model';
import { assignedJsonParse } from '../common/inline-data';
import { asArray, asObject, asString, at, type JsonObject } from '../common/json-walk';
import { yuanInText, yuanValue } from './money';
import { orderIdParam, orderRef, snapshot, uniqueLabels, type Status } from './snapshot';
import { addEvent, chineseSpan, clockOfSentence, endsIn, noEvents, type Events } from './when';
import { stageOfWords, statusTextOf, STEP_EVENTS, TRADE_STATUS, wordKey } from './words';
import { noReasonReturnIn } from './service-marks';
import { pausedClocks } from './paused';

type Part = { type: string; value: unknown };

const partsOf = (line: unknown): Part[] =>
  asArray(at(line, 'content')).map((c) => ({ type: asString(at(c, 'type')) ?? '', value: at(c, 'value') ?? at(c, 'text') }));

function countdownMs(value: unknown): number | null {
  const seconds = Number(at(value, 'countDown'));
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const fields = ['day', 'hour', 'minute', 'second'].map((k) => at(value, k));
  if (fields.every((f) => f === undefined)) return null;
  const [d = 0, h = 0, m = 0, s = 0] = fields.map((f) => Number(f ?? 0));
  return [d, h, m, s].every((n) => Number.isFinite(n) && n >= 0) ? (((d * 24 + h) * 60 + m) * 60 + s) * 1000 : null;
}

/** Each guide line with a countdown: the sentence around it says which clock it is. */
function guideClocks(data: JsonObject, now: Date, ref: string, problems: string[]): PageClock[] {
  const clocks: PageClock[] = [];
  for (const guide of asArray(at(data, 'operationsGuide'))) {
    for (const line of asArray(at(guide, 'lines'))) {
      const parts = partsOf(line);
      const counter = parts.find((p) => p.type === 'countdown');
      if (!counter) continue;
      const ms = countdownMs(counter.value);
      const words = parts.map((p) => (p.type === 'text' ? asString(p.value) ?? '' : p.type === 'countdown' ? ' ⟨⟩ ' : '')).join('');
      const clock = clockOfSentence(words);
      if (ms === null || !clock) {
        problems.push(`${ref}: countdown ${ms === null ? 'not understood' : 'of unknown meaning'}`);
        continue;
      }
      const text = words.replace('⟨⟩', chineseSpan(ms)).replace(/\s+/g, ' ').trim();
      clocks.push({ clock, endsAt: endsIn(now, ms), text });
    }
  }
  return clocks;
}

/** The guide lines' words without a countdown ("退款申请处理中，收货确认时间暂停计时。"). */
function guideTexts(data: JsonObject): string[] {
  return asArray(at(data, 'operationsGuide')).flatMap((g) => asArray(at(g, 'lines')).map((line) => {
    const parts = partsOf(line);
    return parts.some((p) => p.type === 'countdown') ? '' : parts.map((p) => (p.type === 'text' ? asString(p.value) ?? '' : '')).join('');
  })).filter(Boolean);
}

function guideButtons(data: JsonObject): string[] {
  return asArray(at(data, 'operationsGuide')).flatMap((g) =>
    asArray(at(g, 'lines')).flatMap((line) =>
      partsOf(line).filter((p) => p.type === 'operation').map((p) => asString(at(p.value, 'text')) ?? '')));
}

const opTexts = (ops: unknown) => asArray(ops).map((o) => (at(o, 'id') || at(o, 'url') || at(o, 'dataUrl') ? asString(at(o, 'text')) : null));

function timeline(data: JsonObject, now: Date, ref: string, problems: string[]): Events {
  const when = noEvents();
  for (const node of asArray(at(data, 'orderBar', 'nodes'))) {
    const name = STEP_EVENTS.get(wordKey(asString(at(node, 'text')) ?? ''));
    const date = asString(at(node, 'date'));
    if (name && date && !addEvent(when, name, date, now)) problems.push(`${ref}: ${name} date not understood`);
  }
  return when;
}

function statusOf(data: JsonObject): Status | null {
  const shown = asString(at(data, 'mainOrder', 'statusInfo', 'text'));
  const tradeStatus = asString(at(data, 'mainOrder', 'extra', 'tradeStatus')) ?? asString(at(data, 'tradeStatus'));
  const byEnum = tradeStatus ? TRADE_STATUS.get(tradeStatus) ?? null : null;
  if (!shown) return byEnum ? { text: tradeStatus ?? '', stage: byEnum } : null;
  const text = statusTextOf(shown);
  return { text, stage: stageOfWords(text) ?? byEnum };
}

export function readDetail(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'taobao', kind: 'order-detail', url, orders: [], problems };
  const data = asObject(assignedJsonParse(doc, 'data'));
  if (!data) {
    problems.push('taobao detail: no order data found');
    return reading;
  }
  const fromUrl = orderIdParam(url, 'biz_order_id', 'bizOrderId');
  const fromData = asString(at(data, 'mainOrder', 'id'));
  if (fromUrl && fromData && fromUrl !== fromData) {
    problems.push('taobao detail: page shows another order than its address');
    return reading;
  }
  const orderId = fromUrl ?? (fromData && /^\d{6,24}$/.test(fromData) ? fromData : null);
  const status = statusOf(data);
  if (!orderId || !status) {
    problems.push(`taobao detail: no ${orderId ? 'status' : 'order id'} found`);
    return reading;
  }
  const ref = orderRef(orderId);
  // A refund stops the trade's clocks; the refund page says which refund state it is in.
  if (at(data, 'detailExtra', 'inRefund') === true && ['awaiting-shipment', 'shipped', 'delivered'].includes(status.stage ?? '')) {
    status.stage = 'refund-requested';
  }
  const fee = at(data, 'mainOrder', 'payInfo', 'actualFee');
  const total = yuanValue(asString(fee)) ?? yuanInText(asString(at(fee, 'value')));
  if (!total) problems.push(`${ref}: total not found`);
  const subOrders = asArray(at(data, 'mainOrder', 'subOrders'));
  const pageClocks = guideClocks(data, now, ref, problems);
  reading.orders.push(snapshot({
    marketplace: 'taobao',
    orderId,
    status,
    when: timeline(data, now, ref, problems),
    pageClocks,
    paused: pausedClocks(guideTexts(data), doc.body, pageClocks, ref, problems),
    buttons: uniqueLabels([
      ...guideButtons(data),
      ...opTexts(at(data, 'mainOrder', 'operations')),
      ...subOrders.flatMap((s) => opTexts(at(s, 'operations'))),
    ]),
    title: asString(at(subOrders[0], 'itemInfo', 'title')),
    total,
    url,
    noReasonReturn: noReasonReturnIn(subOrders),
  }, problems));
  return reading;
}
