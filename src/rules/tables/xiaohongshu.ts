// Xiaohongshu's clocks, from the platform's 2019 timing rules, Beijing time.
// Orders live in the app and are tracked by hand (the buyer enters the stage and its start), so there
// is no page button to point at and the steps carry no labels.
import { alt, type Rule } from '../rule';
import { zh } from './zh';

const RULES_2019 = '小红书商品交易时效规定 (26 Dec 2019), reposted at shuaishou.com/school/infos44637.html';
const GUIDE = 'mcn7: 小红书拒收后怎么弄 (buyer guide)';
const NORM = 'ahjjxx.com (七天无理由退货规范: 7 days from 00:00 of the day after signing)';
const market = ['xiaohongshu'] as const;

export const xiaohongshu: readonly Rule[] = [
  {
    kind: 'clock', id: 'xhs-payment', title: 'payment', marketplaces: market, clock: 'payment',
    stages: ['awaiting-payment'], start: 'placedAt', duration: { minutes: 30 },
    actor: 'buyer', onExpiry: 'order-closes',
    next: [{ action: 'pay' }],
    confidence: 'official',
    cite: ['xhs-rules'],
    source: RULES_2019,
  },
  {
    kind: 'clock', id: 'xhs-auto-confirm', title: 'auto-confirm receipt', marketplaces: market, clock: 'auto-confirm',
    // Domestic and bonded-warehouse goods; goods sent from abroad get 30 days, which the buyer's own
    // tracking cannot tell apart, so it is shown as the other figure.
    stages: ['shipped', 'delivered'], start: 'shippedAt', duration: { days: 12 },
    actor: 'buyer', onExpiry: 'receipt-confirmed',
    // Raising a problem comes before confirming (confirming pays the seller); in the last day asking
    // for the refund or more time is what cannot wait.
    next: [
      { action: 'request-refund', leftAtMost: { hours: 24 } },
      { action: 'extend-receipt', leftAtMost: { hours: 24 } },
      { action: 'confirm-receipt' },
    ],
    confidence: 'official', alternatives: [alt('30 d (shipped from abroad)', 'abroad', { days: 30 })],
    cite: ['xhs-rules'],
    source: RULES_2019,
  },
  {
    kind: 'clock', id: 'xhs-refund-response', title: 'seller handles a refund', marketplaces: market,
    clock: 'refund-response', stages: ['refund-requested'], start: 'refundRequestedAt', duration: { hours: 72 },
    actor: 'seller', onExpiry: 'request-approved',
    next: [{ action: 'wait' }],
    // Fresh food, custom-made goods and opened cosmetics may be refused even so (the path row warns).
    confidence: 'official', alternatives: [alt('96 h (overseas sellers)', 'overseas-sellers', { hours: 96 })],
    cite: ['xhs-rules'],
    source: RULES_2019,
  },
  {
    kind: 'clock', id: 'xhs-return-confirm', title: 'seller confirms the return', marketplaces: market,
    // Counted from the return waybill the buyer entered, i.e. the return's dispatch.
    clock: 'return-confirm', stages: ['return-shipped'], start: 'returnShippedAt', duration: { days: 10 },
    actor: 'seller', onExpiry: 'refund-granted',
    next: [{ action: 'wait' }],
    confidence: 'official',
    cite: ['xhs-rules'],
    source: RULES_2019,
  },
  {
    kind: 'clock', id: 'xhs-no-reason-return', title: '7-day no-reason return', marketplaces: market,
    clock: 'no-reason-return',
    // The national seven-day rule, counted from 00:00 of the day after signing; the buyer's own
    // confirmation stands in when that is the only date entered.
    stages: ['delivered', 'completed'], start: ['deliveredAt', 'receivedAt'], fromNextDay: true, duration: { days: 7 },
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund', leftAtMost: { days: 1 } }],
    confidence: 'secondary',
    cite: ['seven-day-norm', 'xhs-guide'],
    source: `${NORM}; ${GUIDE} (goods excluded from no-reason returns)`,
  },
  {
    kind: 'path', id: 'xhs-before-return', title: 'before a no-reason return or a refusal', marketplaces: market,
    stages: ['shipped', 'delivered'], steps: [],
    notes: ['excluded-goods', 'refusal-limits-account'],
    confidence: 'secondary',
    cite: ['xhs-guide'],
    source: GUIDE,
  },
  {
    // The guide's advice against refusals that need not happen: follow the parcel, and when nobody can
    // sign for it in the delivery window, move the delivery (the courier's app or Xiaohongshu) rather
    // than let it go back. No figure.
    kind: 'path', id: 'xhs-delivery', title: 'while the parcel is on its way', marketplaces: market,
    stages: ['shipped'], steps: [], notes: ['watch-delivery'],
    confidence: 'secondary',
    cite: ['xhs-guide'],
    source: `${GUIDE} (avoiding refusals: watch the tracking, ask for a later delivery or another delivery time)`,
  },
  {
    kind: 'path', id: 'xhs-refused', title: 'after refusing a parcel', marketplaces: market,
    // The guide's steps after a refusal; it gives no figure for any of them.
    stages: ['refund-requested', 'return-shipped'],
    steps: [
      { action: 'contact-platform-service', labels: zh('帮助与客服') },
      { action: 'track-return', labels: zh('我的订单') },
      { action: 'reship-or-exchange' },
    ],
    notes: ['excluded-goods', 'refusal-limits-account', 'keep-evidence'],
    confidence: 'secondary',
    cite: ['xhs-guide'],
    source: GUIDE,
  },
];
