// 1688's vocabulary in one place (from saved pages and docs/rules.md): status words, status enums, refund
// states, and the labels before dates, order numbers and totals. Only simplified Chinese: 1688 has no
// other language.
import type { ClockId, EventName, Stage } from '../../rules/model';
import { labelMap } from '../common/labels';
import { textKey } from '../common/text';
import { untranslator } from '../common/translated';
import { TRANSLATED } from './translated';

/** The page's own word for a machine translation of it, or null. */
export const alibaba1688WordOf = untranslator(TRANSLATED);

const ORDER_WORDS: Readonly<Record<string, Stage>> = {
  等待买家付款: 'awaiting-payment',
  等待卖家发货: 'awaiting-shipment',
  等待买家收货: 'shipped',
  已签收: 'delivered',
  // The buyer has confirmed receipt (confirm_goods); the trade turns 交易成功 without any clock of the buyer's.
  已收货: 'completed',
  交易成功: 'completed',
  交易取消: 'closed',
  交易终止: 'closed',
  交易关闭: 'closed',
  // The tag the list puts on an order with an open refund request.
  退款中: 'refund-requested',
};

const REFUND_WORDS: Readonly<Record<string, Stage>> = {
  等待卖家同意: 'refund-requested',
  待买家修改: 'refund-refused',
  等待买家退货: 'return-awaiting-buyer',
  等待卖家确认收货: 'return-shipped',
  退款成功: 'refunded',
  退款关闭: 'closed',
  平台介入: 'dispute-open',
  平台介入中: 'dispute-open',
};

/** The open-platform status enums (alibaba.trade.get), as some markup carries them in attributes. */
const ENUMS: Readonly<Record<string, Stage>> = {
  waitbuyerpay: 'awaiting-payment',
  waitsellersend: 'awaiting-shipment',
  waitbuyerreceive: 'shipped',
  confirm_goods: 'completed',
  success: 'completed',
  cancel: 'closed',
  terminated: 'closed',
};

const keyed = (table: Readonly<Record<string, Stage>>) => new Map(Object.entries(table).map(([k, v]) => [textKey(k), v]));
const ORDER_STAGES = keyed(ORDER_WORDS);
const REFUND_STAGES = keyed(REFUND_WORDS);

// Headings print the status after a label ("当前订单状态：等待买家收货"); the label is not the status.
const STATUS_PREFIX = /^(?:当前)?(?:订单|交易|退款|售后)?状态\s*[:：]\s*/;

export function statusWords(text: string): string {
  return text.replace(STATUS_PREFIX, '');
}

/**
 * The stage an order status names ("等待买家收货", a label before it allowed), or the stage of the word a
 * machine translation stands for ("Waiting for the buyer to receive the goods"); null when unknown.
 */
export function orderStageOf(text: string): Stage | null {
  const own = ORDER_STAGES.get(textKey(statusWords(text)));
  if (own) return own;
  const word = alibaba1688WordOf(text);
  return word ? ORDER_STAGES.get(textKey(word)) ?? null : null;
}

/** The stage a refund state names ("等待卖家同意"); null when unknown. */
export function refundStageOf(text: string): Stage | null {
  return REFUND_STAGES.get(textKey(statusWords(text))) ?? null;
}

/** The stage a status enum names (waitbuyerreceive); null when unknown. */
export function enumStageOf(value: string): Stage | null {
  return ENUMS[value.trim().toLowerCase()] ?? null;
}

/**
 * The clock a countdown on the page belongs to, by the state it is shown in: the page prints
 * "剩余4天23小时" beside the state, and each state runs one clock (docs/rules.md).
 */
export const STAGE_CLOCK: Partial<Record<Stage, ClockId>> = {
  'awaiting-payment': 'payment',
  shipped: 'auto-confirm',
  delivered: 'auto-confirm',
  'refund-requested': 'refund-response',
  'refund-refused': 'revise',
  'return-awaiting-buyer': 'return-shipping',
  'return-shipped': 'return-confirm',
};

/** Labels before an event's date. 成交时间 is left out: Taobao uses it for the order's creation, so it is ambiguous. */
export const EVENT_LABELS: ReadonlyMap<string, EventName> = labelMap<EventName>([
  ['下单时间', 'placedAt'], ['创建时间', 'placedAt'], ['订单创建时间', 'placedAt'],
  ['付款时间', 'paidAt'], ['支付时间', 'paidAt'],
  ['发货时间', 'shippedAt'],
  ['签收时间', 'deliveredAt'],
  ['收货时间', 'receivedAt'], ['确认收货时间', 'receivedAt'],
  ['完成时间', 'completedAt'], ['交易成功时间', 'completedAt'],
  ['关闭时间', 'closedAt'], ['取消时间', 'closedAt'],
  ['申请时间', 'refundRequestedAt'], ['退款申请时间', 'refundRequestedAt'],
  ['拒绝时间', 'refundRefusedAt'], ['卖家拒绝时间', 'refundRefusedAt'],
  ['同意退货时间', 'returnAgreedAt'], ['卖家同意时间', 'returnAgreedAt'],
  ['退货时间', 'returnShippedAt'], ['买家退货时间', 'returnShippedAt'],
  ['介入时间', 'disputeOpenedAt'], ['平台介入时间', 'disputeOpenedAt'],
]);

export const ORDER_ID_LABELS = ['订单号', '订单编号', '订单号码'];
export const TOTAL_LABELS = ['实付款', '应付款', '订单总额', '实付金额', '应付金额'];
