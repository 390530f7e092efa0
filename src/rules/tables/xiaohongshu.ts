// Xiaohongshu's clocks (rules.md, "Xiaohongshu"), from the platform's 2019 timing rules, Beijing time.
// Orders live in the app and are tracked by hand (the buyer enters the stage and its start), so there
// is no page button to point at and the steps carry no labels.
import type { Rule } from '../rule';

const RULES_2019 = '小红书商品交易时效规定 (26 Dec 2019), reposted at shuaishou.com/school/infos44637.html';
const market = ['xiaohongshu'] as const;

export const xiaohongshu: readonly Rule[] = [
  {
    kind: 'clock', id: 'xhs-payment', title: 'payment', marketplaces: market, clock: 'payment',
    stages: ['awaiting-payment'], start: 'placedAt', duration: { minutes: 30 },
    actor: 'buyer', onExpiry: 'order-closes',
    next: [{ action: 'pay' }],
    confidence: 'official',
    source: RULES_2019,
  },
  {
    kind: 'clock', id: 'xhs-auto-confirm', title: 'auto-confirm receipt', marketplaces: market, clock: 'auto-confirm',
    // Domestic and bonded-warehouse goods; goods sent from abroad get 30 days, which the buyer's own
    // tracking cannot tell apart, so it is shown as the other figure.
    stages: ['shipped', 'delivered'], start: 'shippedAt', duration: { days: 12 },
    actor: 'buyer', onExpiry: 'receipt-confirmed',
    next: [{ action: 'confirm-receipt' }],
    confidence: 'official', alternatives: ['30 d (shipped from abroad)'],
    source: RULES_2019,
  },
  {
    kind: 'clock', id: 'xhs-refund-response', title: 'seller handles a refund', marketplaces: market,
    clock: 'refund-response', stages: ['refund-requested'], start: 'refundRequestedAt', duration: { hours: 72 },
    actor: 'seller', onExpiry: 'request-approved',
    next: [{ action: 'wait' }],
    confidence: 'official', alternatives: ['96 h (overseas sellers)'],
    source: RULES_2019,
  },
  {
    kind: 'clock', id: 'xhs-return-confirm', title: 'seller confirms the return', marketplaces: market,
    // Counted from the return waybill the buyer entered, i.e. the return's dispatch.
    clock: 'return-confirm', stages: ['return-shipped'], start: 'returnShippedAt', duration: { days: 10 },
    actor: 'seller', onExpiry: 'refund-granted',
    next: [{ action: 'wait' }],
    confidence: 'official',
    source: RULES_2019,
  },
];
