// The Tmall order detail (trade.tmall.com/detail/orderDetail.htm?bizOrderId=…): `var detailData = {…};`
// with the status (as an HTML fragment inside the data), the countdown as serverTime/targetTime, the
// operate buttons, the stepbar, the labelled times in basic.lists and the price-protection window.
import type { PageClock, PageReading } from '../../rules/model';
import { htmlToText } from '../common/html-text';
import { assignedObject } from '../common/inline-data';
import { asArray, asObject, asString, at, objectsWith, type JsonObject } from '../common/json-walk';
import { yuanInText } from './money';
import { orderIdParam, orderNumberIn, orderRef, snapshot, uniqueLabels, type Status } from './snapshot';
import { addEvent, chineseSpan, clockOfSentence, endsIn, noEvents, ZONE, type Events } from './when';
import { readDate } from '../common/dates';
import { stageOfWords, statusTextOf, STEP_EVENTS, TIME_LABELS, TRADE_STATUS, wordKey } from './words';
import { noReasonReturnIn } from './service-marks';
import { pausedClocks } from './paused';

const contentText = (c: unknown) => {
  const text = asString(at(c, 'text')) ?? '';
  return asString(at(c, 'type')) === 'html' ? htmlToText(text) : text;
};

function statusOf(data: JsonObject): Status | null {
  const shown = asArray(at(data, 'overStatus', 'status', 'content')).map(contentText).join(' ').trim();
  const rowTexts = objectsWith(at(data, 'orders'), 'statusInfo').flatMap((s) => asArray(s['statusInfo']).map((i) => asString(at(i, 'text')) ?? ''));
  const tradeStatus = asString(at(data, 'tradeStatus')) ?? asString(at(data, 'overStatus', 'tradeStatus'));
  const byEnum = tradeStatus ? TRADE_STATUS.get(tradeStatus) ?? null : null;
  for (const candidate of [shown, ...rowTexts]) {
    const text = statusTextOf(candidate);
    const stage = text ? stageOfWords(text) : null;
    if (stage) return { text, stage };
  }
  if (shown) return { text: statusTextOf(shown), stage: byEnum };
  return byEnum ? { text: tradeStatus ?? '', stage: byEnum } : null;
}

/** basic.lists rows and their "more" lists, flattened: [{key, text}]. Only the keys asked for are read. */
function labelledRows(data: JsonObject, wanted: (key: string) => boolean): { key: string; text: string }[] {
  const rows: { key: string; text: string }[] = [];
  const visit = (row: unknown) => {
    const key = wordKey(asString(at(row, 'key')) ?? '');
    const content = asArray(at(row, 'content'));
    // The address shares basic.lists with the times: rows not asked for are never read at all.
    if (wanted(key)) rows.push({ key, text: content.map((c) => asString(at(c, 'text')) ?? '').find((t) => t.trim()) ?? '' });
    for (const c of content) for (const more of asArray(at(c, 'moreList'))) visit(more);
  };
  for (const row of asArray(at(data, 'basic', 'lists'))) visit(row);
  return rows;
}

function events(data: JsonObject, now: Date, ref: string, problems: string[]): Events {
  const when = noEvents();
  for (const { key, text } of labelledRows(data, (k) => TIME_LABELS.has(k))) {
    const name = TIME_LABELS.get(key);
    if (name && !addEvent(when, name, text, now)) problems.push(`${ref}: ${name} date not understood`);
  }
  for (const step of asArray(at(data, 'stepbar', 'options'))) {
    const name = STEP_EVENTS.get(wordKey(asString(at(step, 'content')) ?? ''));
    const time = asString(at(step, 'time'));
    if (name && time) addEvent(when, name, time, now);
  }
  return when;
}

/** The countdown as targetTime − serverTime, added to now: a wrong computer clock cannot move it. */
function countdownClocks(data: JsonObject, now: Date, ref: string, problems: string[]): PageClock[] {
  const clocks: PageClock[] = [];
  for (const prompt of asArray(at(data, 'overStatus', 'prompt'))) {
    for (const c of asArray(at(prompt, 'content'))) {
      if (asString(at(c, 'type')) !== 'countdown') continue;
      const ms = Number(at(c, 'targetTime')) - Number(at(c, 'serverTime'));
      const pre = asString(at(c, 'preText')) ?? '';
      const after = asString(at(c, 'afterText')) ?? '';
      const clock = clockOfSentence(pre + after);
      if (!Number.isFinite(ms) || !clock) {
        problems.push(`${ref}: countdown ${clock ? 'not understood' : 'of unknown meaning'}`);
        continue;
      }
      clocks.push({ clock, endsAt: endsIn(now, ms), text: `${pre} ${chineseSpan(Math.max(ms, 0))} ${after}`.trim() });
    }
  }
  return clocks;
}

/** The prompt lines' words without a countdown (where a refund's stop of the countdown is said). */
function promptTexts(data: JsonObject): string[] {
  return asArray(at(data, 'overStatus', 'prompt')).map((prompt) => {
    const content = asArray(at(prompt, 'content'));
    return content.some((c) => asString(at(c, 'type')) === 'countdown') ? '' : content.map(contentText).join('');
  }).filter(Boolean);
}

/** "价保期 2025-11-07 14:42:51 到 2025-11-29 23:59:59": the price-protection clock ends at the second date. */
function priceProtection(data: JsonObject, now: Date, ref: string, problems: string[]): PageClock[] {
  const titles = objectsWith(data, 'serviceIcons').flatMap((o) => asArray(o['serviceIcons']).map((i) => asString(at(i, 'title')) ?? ''));
  return titles.filter((t) => t.startsWith('价保期')).flatMap((text) => {
    const end = readDate(text.split('到')[1] ?? '', ZONE, now);
    if (!end) problems.push(`${ref}: price-protection dates not understood`);
    return end ? [{ clock: 'price-protection' as const, endsAt: end.iso, text }] : [];
  });
}

function paid(data: JsonObject) {
  const line = objectsWith(at(data, 'amount'), 'money').find((o) => /实付款/.test(asString(at(o, 'titleLink', 'text')) ?? ''));
  return yuanInText(asString(at(line, 'money', 'text')));
}

export function readTmallDetail(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'tmall', kind: 'order-detail', url, orders: [], problems };
  const data = asObject(assignedObject(doc, 'detailData'));
  if (!data) {
    problems.push('tmall detail: no order data found');
    return reading;
  }
  // Never orders.id: a JSON number above 2^53, already rounded by the time it is read.
  const fromUrl = orderIdParam(url, 'bizOrderId', 'biz_order_id');
  const fromPage = orderNumberIn(labelledRows(data, (k) => k === wordKey('订单编号'))[0]?.text);
  if (fromUrl && fromPage && fromUrl !== fromPage) {
    problems.push('tmall detail: page shows another order than its address');
    return reading;
  }
  const orderId = fromUrl ?? fromPage;
  const status = statusOf(data);
  if (!orderId || !status) {
    problems.push(`tmall detail: no ${orderId ? 'status' : 'order id'} found`);
    return reading;
  }
  const ref = orderRef(orderId);
  const total = paid(data);
  if (!total) problems.push(`${ref}: total not found`);
  const operate = asArray(at(data, 'overStatus', 'operate')).flatMap((o) => [o, ...asArray(at(o, 'content'))]);
  const countdowns = countdownClocks(data, now, ref, problems);
  reading.orders.push(snapshot({
    marketplace: 'tmall',
    orderId,
    status,
    when: events(data, now, ref, problems),
    pageClocks: [...countdowns, ...priceProtection(data, now, ref, problems)],
    paused: pausedClocks(promptTexts(data), doc.body, countdowns, ref, problems),
    buttons: uniqueLabels(operate.filter((o) => at(o, 'id') !== undefined).map((o) => asString(at(o, 'text')))),
    title: objectsWith(at(data, 'orders'), 'itemInfo').map((o) => asString(at(o, 'itemInfo', 'title'))).find(Boolean),
    total,
    url,
    noReasonReturn: noReasonReturnIn(at(data, 'orders')),
  }, problems));
  return reading;
}
