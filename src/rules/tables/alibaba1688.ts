// 1688's clocks, Beijing time. The auto-confirm cases are in alibaba1688-receipt.ts.
// Where the seller lets a refund clock run out nothing happens by itself: the buyer may then ask the
// platform to step in, which is the step these rows offer once the seller's time is up.
import { alt, type NextStep, type Rule } from '../rule';
import { alibaba1688Receipt } from './alibaba1688-receipt';
import { zh } from './zh';

const BRIEF = 'our estimate (the 1688 refund guide names timeout reminders but gives no figure)';
const GUIDE = 'end软件站: 阿里巴巴购物订单如何申请退款 (buyer guide, 2024)';
const EXCHANGE = 'zqdropshipping.com (1688 timeout mechanism, exchange rules)';
const market = ['1688'] as const;

const platformHelp = zh('申请平台介入');
/** Wait while the seller's time runs; once it has run out, ask the platform. */
const waitThenEscalate: readonly NextStep[] = [
  { action: 'wait' },
  { action: 'request-platform-help', labels: platformHelp, leftAtMost: { minutes: 0 } },
];

export const alibaba1688: readonly Rule[] = [
  {
    kind: 'clock', id: '1688-payment', title: 'payment', marketplaces: market, clock: 'payment',
    // The count restarts when the seller changes the terms (price, freight); the page's countdown knows.
    stages: ['awaiting-payment'], start: 'placedAt', duration: { days: 5 },
    actor: 'buyer', onExpiry: 'order-closes',
    next: [{ action: 'pay', labels: zh('付款') }],
    confidence: 'secondary', alternatives: [alt('per-order payTimeout (e.g. 12 h)', 'per-order-eg', { hours: 12 })],
    cite: ['1688-exchange', '1688-api', 'page-wins'],
    source: `${EXCHANGE}; open.1688.com alibaba.trade.get (payTimeout field); the page's countdown wins`,
  },
  ...alibaba1688Receipt,
  {
    kind: 'clock', id: '1688-refund-response', title: 'seller answers refund', marketplaces: market,
    clock: 'refund-response', stages: ['refund-requested'], start: 'refundRequestedAt', duration: { days: 5 },
    actor: 'seller', onExpiry: 'buyer-may-escalate',
    next: waitThenEscalate,
    confidence: 'seed', alternatives: [alt('2 h (fast refund)', 'fast-refund', { hours: 2 }), alt('0 s (0秒退, some members)', 'instant-members')],
    cite: ['1688-estimate', '1688-exchange'],
    source: `${BRIEF} (the refund page's timeout reminders; platform intervention on timeout); ${EXCHANGE}`,
  },
  {
    kind: 'clock', id: '1688-revise', title: 'buyer revises', marketplaces: market, clock: 'revise',
    stages: ['refund-refused'], start: 'refundRefusedAt', duration: { days: 5 },
    actor: 'buyer', onExpiry: 'request-closes',
    next: [
      { action: 'revise-request', labels: zh('修改申请') },
      { action: 'request-platform-help', labels: platformHelp },
    ],
    confidence: 'seed',
    cite: ['1688-estimate', '1688-exchange'],
    source: `${BRIEF}; ${EXCHANGE}`,
  },
  {
    kind: 'clock', id: '1688-return-shipping', title: 'return shipping', marketplaces: market, clock: 'return-shipping',
    stages: ['return-awaiting-buyer'], start: 'returnAgreedAt', duration: { days: 7 },
    actor: 'buyer', onExpiry: 'request-closes',
    next: [{ action: 'ship-return', labels: zh('填写退货物流') }],
    confidence: 'secondary',
    cite: ['1688-exchange'],
    source: EXCHANGE,
  },
  {
    kind: 'clock', id: '1688-return-confirm', title: 'seller confirms return', marketplaces: market, clock: 'return-confirm',
    stages: ['return-shipped'], start: 'returnShippedAt', duration: { days: 10 },
    actor: 'seller', onExpiry: 'buyer-may-escalate',
    next: waitThenEscalate,
    confidence: 'secondary',
    cite: ['1688-exchange'],
    source: EXCHANGE,
  },
  {
    kind: 'path', id: '1688-before-refund', title: 'before asking for a refund', marketplaces: market,
    // The guide's first rule: talk to the seller, and never confirm receipt first.
    stages: ['shipped', 'delivered'], steps: [{ action: 'contact-seller' }],
    notes: ['dont-confirm-first', 'keep-evidence', 'exact-refund-amount'],
    confidence: 'secondary',
    cite: ['1688-guide'],
    source: GUIDE,
  },
  {
    kind: 'path', id: '1688-refund-open', title: 'while a refund is open', marketplaces: market,
    stages: ['refund-requested', 'refund-refused', 'return-awaiting-buyer', 'return-shipped'],
    steps: [{ action: 'contact-seller' }, { action: 'request-platform-help', labels: platformHelp }],
    notes: ['dont-confirm-first', 'dont-withdraw', 'keep-evidence'],
    confidence: 'secondary',
    cite: ['1688-guide'],
    source: GUIDE,
  },
];
