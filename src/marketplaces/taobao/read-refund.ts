// The refund pages on refund2.taobao.com (apply: dispute/applyRouter.htm, progress: dispute/detail.htm),
// read by their words: the refund state in the headline, the countdown the state runs ("还剩3天23时59分"),
// the application time and the buttons. The negotiation history below repeats older states, so only
// the first state on the page counts.
import type { PageClock, PageReading } from '../../rules/model';
import { findLabelled, labelMap } from '../common/labels';
import { firstLine, isNonContent, normalise, SHOW_TEXT, textOf } from '../common/text';
import { orderIdParam, orderNumberIn, orderRef, snapshot, uniqueLabels, type Status } from './snapshot';
import { addEvent, countdownClock, noEvents } from './when';
import { refundStateOf } from './words';
import type { ClockId } from '../../rules/model';

const MAX_STATE = 40; // a longer text is a sentence or a history entry, not the headline
const BUTTONS = 'button, .ant-btn, a[class*="btn"]';
const ORDER_LABELS = labelMap([['订单编号', true], ['订单号', true]] as const);
const TIME_LABELS = labelMap([['申请时间', 'refundRequestedAt'], ['退款申请时间', 'refundRequestedAt']] as const);

function firstState(root: Element): (Status & { clock: ClockId | null }) | null {
  return firstLine(root, MAX_STATE, (text) => {
    const state = refundStateOf(text);
    return state ? { text, ...state } : null;
  });
}

function countdownText(root: Element): string | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = normalise(node.textContent ?? '');
    if (/还剩\s*\d/.test(text) && !isNonContent(node.parentElement)) return textOf(node.parentElement);
  }
  return null;
}

export function readRefund(url: string, doc: Document, now: Date): PageReading {
  const problems: string[] = [];
  const reading: PageReading = { marketplace: 'taobao', kind: 'refund', url, orders: [], problems };
  const root = doc.body;
  if (!root) {
    problems.push('taobao refund: empty page');
    return reading;
  }
  const fromUrl = orderIdParam(url, 'bizOrderId', 'biz_order_id');
  const fromPage = orderNumberIn(findLabelled(root, ORDER_LABELS)[0]?.value);
  if (fromUrl && fromPage && fromUrl !== fromPage) {
    problems.push('taobao refund: page shows another order than its address');
    return reading;
  }
  const orderId = fromUrl ?? fromPage;
  if (!orderId) {
    problems.push('taobao refund: no order id found');
    return reading;
  }
  const ref = orderRef(orderId);
  const state = firstState(root);
  if (!state) {
    problems.push(`${ref}: no refund state found`);
    return reading;
  }
  const when = noEvents();
  for (const { key, value } of findLabelled(root, TIME_LABELS)) {
    if (!addEvent(when, key, value, now)) problems.push(`${ref}: ${key} date not understood`);
  }
  const pageClocks: PageClock[] = [];
  const countdown = countdownText(root);
  if (countdown) {
    const read = state.clock && countdownClock(state.clock, countdown, now);
    if (read) pageClocks.push(read);
    else problems.push(`${ref}: countdown ${state.clock ? 'not understood' : 'of unknown meaning in this refund state'}`);
  }
  reading.orders.push(snapshot({
    marketplace: 'taobao',
    orderId,
    status: { text: state.text, stage: state.stage },
    when,
    pageClocks,
    buttons: uniqueLabels([...root.querySelectorAll(BUTTONS)].map((b) => textOf(b))),
    url,
  }, problems));
  return reading;
}
