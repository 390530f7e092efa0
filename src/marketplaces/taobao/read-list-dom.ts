// Lists read from their rendered DOM and text: the new single-page list (2025 on, root
// #__ultron_rootContainer_node, Ant Design buttons) and the old list's order boxes, which are the orders
// on screen whatever its inline data still holds. Class names there are hashed or undocumented, so an
// order is found by its data-id or by the words it prints (or their machine translations).
import type { OrderSnapshot, PageClock } from '../../rules/model';
import { isNonContent, normalise, SHOW_TEXT, textOf } from '../common/text';
import { yuanInText } from './money';
import { buttonLabels, httpsUrl, marketplaceOfLink, orderNumberIn, orderRef, snapshot, type Status } from './snapshot';
import { addEvent, countdownClock, listCountdownClock, noEvents, promiseAnchor, shipByClock } from './when';
import { ORDER_NUMBER_LABELS, ownWord, PAID_LABELS, stageOfWords, wordKey } from './words';
import { readEach } from '../common/read-safely';
import { isTranslatedCountdown, isTranslatedShipBy } from '../common/translated';

const DETAIL_LINKS = 'a[href*="trade_order_detail.htm"], a[href*="orderDetail.htm"], a[href*="trade_item_detail.htm"]';
const ITEM_LINKS = 'a[href*="item.taobao.com/item.htm"], a[href*="detail.tmall.com/item.htm"]';
const CREATE_TIME = /^\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const MAX_STATUS = 30; // a longer text is a sentence, not a status

/** Elements whose own text nodes, read in order, are the page's visible words. */
function textElements(root: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = normalise(node.textContent ?? '');
    if (el && text && !isNonContent(el)) out.push({ el, text });
  }
  return out;
}

/**
 * Each "订单号" label under root; an order's box is the widest ancestor below root holding no other
 * order's label (below root, so a lone order does not take the tabs and the "load more" button).
 */
function orderBoxesByLabel(root: Element): Element[] {
  const labels = textElements(root).filter((t) => ORDER_NUMBER_LABELS.has(wordKey(t.text).replace(/:$/, ''))).map((t) => t.el);
  return labels.map((label) => {
    let box = label;
    for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
      if (labels.some((other) => other !== label && up.contains(other))) break;
      box = up;
    }
    return box;
  });
}

/** "<span>订单号</span><span>: </span><span>4187…</span>": the number beside the label. */
function labelledOrderNumber(box: Element): string | null {
  for (const { el } of textElements(box).filter((t) => ORDER_NUMBER_LABELS.has(wordKey(t.text).replace(/:$/, '')))) {
    for (let up: Element | null = el; up && up !== box.parentElement; up = up.parentElement) {
      const id = orderNumberIn(textOf(up));
      if (id) return id;
    }
  }
  return null;
}

function statusIn(texts: { el: Element; text: string }[], box: Element): Status | null {
  for (const { el } of texts) {
    for (let up: Element | null = el; up && up !== box; up = up.parentElement) {
      const text = textOf(up);
      if (text.length > MAX_STATUS) break;
      const stage = stageOfWords(text);
      if (stage) return { text, stage };
    }
  }
  const shown = textOf(box.querySelector('[class*="status"]'));
  return shown && shown.length <= MAX_STATUS ? { text: shown, stage: null } : null;
}

/** The total after 实付款: the label's nearest ancestor that also holds a yuan amount. */
function paidIn(texts: { el: Element; text: string }[], box: Element) {
  const label = texts.find((t) => PAID_LABELS.some((l) => t.text.startsWith(l)));
  for (let up: Element | null = label?.el ?? null; up && up !== box.parentElement; up = up.parentElement) {
    const money = yuanInText(textOf(up));
    if (money) return money;
  }
  return null;
}

type Options = {
  kind: 'new list' | 'old list';
  buttons: string;
  orderId?: (box: Element) => string | null;
  /** Where the total sits when no 实付款 label is beside it (the old list labels the column once). */
  total?: string;
};

function readOrderBox(box: Element, index: number, pageUrl: string, now: Date, problems: string[], opt: Options): OrderSnapshot | null {
  const orderId = opt.orderId?.(box) ?? labelledOrderNumber(box);
  if (!orderId) {
    problems.push(`taobao ${opt.kind}: order #${index + 1} has no order id, left out`);
    return null;
  }
  const ref = orderRef(orderId);
  const texts = textElements(box);
  const status = statusIn(texts, box);
  if (!status) {
    problems.push(`${ref}: no status found, left out`);
    return null;
  }
  const when = noEvents();
  const created = textOf(box.querySelector('[class*="create-time"]')) || texts.find((t) => CREATE_TIME.test(t.text))?.text;
  if (!created) problems.push(`${ref}: order time not found`);
  else if (!addEvent(when, 'placedAt', created, now)) problems.push(`${ref}: order time not understood`);

  const pageClocks: PageClock[] = [];
  const countdown = texts.find((t) => /^还剩/.test(t.text) || isTranslatedCountdown(t.text));
  if (countdown) {
    const clock = listCountdownClock(status.stage);
    const read = clock && countdownClock(clock, textOf(countdown.el), now);
    if (read) pageClocks.push(read);
    else problems.push(`${ref}: countdown ${clock ? 'not understood' : 'has no known meaning in this stage'}`);
  }
  const shipBy = texts.find((t) => /前发货/.test(t.text) || isTranslatedShipBy(t.text));
  const shipClock = shipBy ? shipByClock(shipBy.text, promiseAnchor(when), now, ref, problems) : null;
  if (shipClock) pageClocks.push(shipClock);

  const total = paidIn(texts, box) ?? (opt.total ? yuanInText(textOf(box.querySelector(opt.total))) : null);
  if (!total) problems.push(`${ref}: total not found`);
  const url = httpsUrl(box.querySelector(DETAIL_LINKS)?.getAttribute('href'), pageUrl);
  return snapshot({
    marketplace: marketplaceOfLink(url),
    orderId,
    status,
    when,
    pageClocks,
    // A translated label goes back to the page's own word, so the rules know the button.
    buttons: buttonLabels(box, opt.buttons, ownWord),
    title: [...box.querySelectorAll(ITEM_LINKS)].map((a) => textOf(a)).find((t) => t !== ''),
    total,
    url,
  }, problems);
}

/** Reads a box from other data than its DOM when it can (undefined: it cannot, read the DOM). */
type ReadBoxFrom = (box: Element, index: number) => OrderSnapshot | null | undefined;

function readBoxes(boxes: Element[], url: string, now: Date, problems: string[], opt: Options, from?: ReadBoxFrom): OrderSnapshot[] {
  const orders = readEach(boxes, `taobao ${opt.kind}`, problems, (box, index) => {
    const read = from?.(box, index);
    return read === undefined ? readOrderBox(box, index, url, now, problems, opt) : read;
  });
  if (boxes.length === 0) problems.push(`taobao ${opt.kind}: no orders found`);
  return orders;
}

/** The new list: whatever orders it has rendered so far (it grows as the buyer scrolls; we are re-run). */
export function readNewList(root: Element, url: string, now: Date, problems: string[]): OrderSnapshot[] {
  return readBoxes(orderBoxesByLabel(root), url, now, problems, { kind: 'new list', buttons: '.ant-btn' });
}

/** The old list's order boxes: div[class*="order-container"] > div[data-id], as rendered now. */
function oldListBoxes(doc: Document): Element[] {
  return [...doc.querySelectorAll('[class*="order-container"] > [data-id]')];
}

/** The id a box carries in its data-id attribute (translation leaves attributes alone), else beside 订单号. */
export function oldListBoxId(box: Element): string | null {
  return orderNumberIn(box.getAttribute('data-id')) ?? labelledOrderNumber(box);
}

/**
 * The old list's rendered orders. `from` reads a box from the page's inline data when that data names
 * it (richer than the DOM, and untouched by translation); every other box is read from the DOM.
 */
export function readOldListDom(doc: Document, url: string, now: Date, problems: string[], from?: ReadBoxFrom): OrderSnapshot[] {
  return readBoxes(oldListBoxes(doc), url, now, problems, {
    kind: 'old list',
    buttons: 'button, a[class*="button-mod__button"], a[class*="text-mod__link"]:not([href*="item.htm"])',
    total: '[class*="price-mod__price"] strong',
    orderId: oldListBoxId,
  }, from);
}
