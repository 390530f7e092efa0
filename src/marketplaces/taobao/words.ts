// Taobao and Tmall vocabulary (from saved pages and the TOP API's wording), in one place so a
// wrong word is fixed once. Lookups ignore spacing and full-width vs ASCII commas and colons.
import type { ClockId, EventName, Stage } from '../../rules/model';
import { normalise } from '../common/text';
import { untranslator } from '../common/translated';
import { TRANSLATED } from './translated';

/** The page's own word for a machine translation of it, or null. */
const taobaoWordOf = untranslator(TRANSLATED);

/** Folds the variants pages print: "买家已经申请退款，等待卖家同意" and "…退款,等待…" are one key. */
export function wordKey(text: string): string {
  return normalise(text).toLowerCase().replace(/，/g, ',').replace(/：/g, ':').replace(/\s+/g, '').replace(/[.。]$/, '');
}

const keyed = <T>(table: Readonly<Record<string, T>>): ReadonlyMap<string, T> =>
  new Map(Object.entries(table).map(([k, v]) => [wordKey(k), v] as const));

/** Trade status words as the list, detail and Tmall pages print them. */
const STATUS_WORDS = keyed<Stage>({
  '等待买家付款': 'awaiting-payment',
  '待付款': 'awaiting-payment',
  '买家已付款': 'awaiting-shipment',
  '等待卖家发货': 'awaiting-shipment',
  '买家已付款,等待卖家发货': 'awaiting-shipment',
  '待发货': 'awaiting-shipment',
  // Part of the order still waits for the seller: the shipping clock, not auto-confirm, is the one in doubt.
  '卖家部分发货': 'awaiting-shipment',
  '卖家已发货': 'shipped',
  '等待买家确认收货': 'shipped',
  '卖家已发货,等待买家确认收货': 'shipped',
  '卖家已发货,等待买家确认': 'shipped',
  '商家已发货,等待买家确认': 'shipped',
  '商家已发货,等待买家确认收货': 'shipped',
  '待确认收货': 'shipped',
  '待收货': 'shipped',
  '已签收': 'delivered',
  '买家已签收': 'delivered',
  '退款中': 'refund-requested',
  '交易成功': 'completed',
  // Top-ups and other virtual goods: nothing is shipped, the trade is finished and runs no clock.
  '充值成功': 'completed',
  '交易关闭': 'closed',
  '交易被淘宝关闭': 'closed',
  '交易已关闭': 'closed',
});

/** `extra.tradeStatus` / `tradeStatus` enums (TOP API), used when the words are not known. */
export const TRADE_STATUS = new Map<string, Stage>([
  ['TRADE_NO_CREATE_PAY', 'awaiting-payment'],
  ['WAIT_BUYER_PAY', 'awaiting-payment'],
  ['PAY_PENDING', 'payment-verifying'],
  ['WAIT_SELLER_SEND_GOODS', 'awaiting-shipment'],
  ['SELLER_CONSIGNED_PART', 'awaiting-shipment'],
  ['WAIT_BUYER_CONFIRM_GOODS', 'shipped'],
  ['TRADE_BUYER_SIGNED', 'delivered'],
  ['TRADE_FINISHED', 'completed'],
  ['TRADE_CLOSED', 'closed'],
  ['TRADE_CLOSED_BY_TAOBAO', 'closed'],
  ['CREATE_CLOSED_OF_TAOBAO', 'closed'],
]);

/** Refund states (refund2.taobao.com) → the stage, and the clock a countdown in that state counts. */
const REFUND_STATES = keyed<{ stage: Stage; clock: ClockId | null }>({
  '买家已经申请退款,等待卖家同意': { stage: 'refund-requested', clock: 'refund-response' },
  '等待卖家同意': { stage: 'refund-requested', clock: 'refund-response' },
  '等待卖家处理': { stage: 'refund-requested', clock: 'refund-response' },
  '卖家拒绝退款': { stage: 'refund-refused', clock: 'revise' },
  '卖家已经同意退款,等待买家退货': { stage: 'return-awaiting-buyer', clock: 'return-shipping' },
  '等待买家退货': { stage: 'return-awaiting-buyer', clock: 'return-shipping' },
  '买家已经退货,等待卖家确认收货': { stage: 'return-shipped', clock: 'return-confirm' },
  '退款成功': { stage: 'refunded', clock: null },
  '退款关闭': { stage: 'closed', clock: null },
  // The platform's decision has no countdown the rule tables name; its page clock is left unread.
  '淘宝介入': { stage: 'dispute-open', clock: null },
  '小二介入': { stage: 'dispute-open', clock: null },
  '淘宝介入处理中': { stage: 'dispute-open', clock: null },
  '小二介入处理中': { stage: 'dispute-open', clock: null },
});

/** Step-timeline node texts (orderBar.nodes, stepbar.options) → the event they date. */
export const STEP_EVENTS = keyed<EventName>({
  '拍下商品': 'placedAt',
  '付款到支付宝': 'paidAt',
  '卖家发货': 'shippedAt',
  '商家发货': 'shippedAt',
  '确认收货': 'receivedAt',
});

/** Labelled times (Tmall's basic.lists, refund pages) → the event they date. */
export const TIME_LABELS = keyed<EventName>({
  '创建时间': 'placedAt',
  '成交时间': 'placedAt',
  '付款时间': 'paidAt',
  '发货时间': 'shippedAt',
  '确认收货时间': 'receivedAt',
  '完成时间': 'completedAt',
  '关闭时间': 'closedAt',
  '申请时间': 'refundRequestedAt',
});

const ORDER_NUMBER_WORDS = ['订单号', '订单编号'];
/** The order-number label, as printed or machine translated ("Order Number"), as wordKey keys. */
export const ORDER_NUMBER_LABELS = new Set([...ORDER_NUMBER_WORDS, ...ORDER_NUMBER_WORDS.flatMap((w) => TRANSLATED[w] ?? [])].map(wordKey));
const PAID_LABEL = '实付款';
/** 实付款 and its machine translations: a total follows it. */
export const PAID_LABELS: readonly string[] = [PAID_LABEL, ...(TRANSLATED[PAID_LABEL] ?? []).filter((t) => t.length > 4)];

/** Labels printed before a status ("当前订单状态：", "订单状态: "); the status is what follows. */
const STATUS_PREFIX = /^(?:当前)?(?:订单|交易|退款)?状态\s*[:：]\s*/;

/** The status with its label taken off, as the buyer reads it. */
export function statusTextOf(text: string): string {
  return normalise(text).replace(STATUS_PREFIX, '');
}

/**
 * The stage a status text names: the whole text, else its first clause ("卖家已发货，…"), else the word
 * a machine translation stands for ("Transaction Success" → 交易成功); null when unknown.
 */
export function stageOfWords(text: string): Stage | null {
  const key = wordKey(statusTextOf(text));
  const own = STATUS_WORDS.get(key) ?? STATUS_WORDS.get(key.split(',')[0] ?? '');
  if (own) return own;
  const word = taobaoWordOf(text);
  return word ? STATUS_WORDS.get(wordKey(word)) ?? null : null;
}

/** A label as the page's own word: a machine translation the table knows goes back to its Chinese. */
export function ownWord(text: string): string {
  return taobaoWordOf(text) ?? text;
}

/** The refund state a text names (whole text, label taken off); null when it names none. */
export function refundStateOf(text: string): { stage: Stage; clock: ClockId | null } | null {
  return REFUND_STATES.get(wordKey(statusTextOf(text))) ?? null;
}
