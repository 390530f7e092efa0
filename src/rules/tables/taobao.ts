// Taobao's and Tmall's clocks while an order is bought, shipped and received; the refund clocks are in
// taobao-refunds.ts. Tmall runs on the same rules, so every row covers both. Platform time is Beijing
// time: the readers date events at +08:00 and the arithmetic keeps that offset.
import { alt, type Rule } from '../rule';
import { zh } from './zh';

const GUIDES = 'chinashoppingguide.com/taobao-general-refund-timeout-guidelines; howtotao.com; senbk.com/internet/44310.html; hubeilong.com';
const market = ['taobao', 'tmall'] as const;

export const taobaoBuying: readonly Rule[] = [
  {
    kind: 'clock', id: 'tb-payment', title: 'payment', marketplaces: market, clock: 'payment',
    stages: ['awaiting-payment'], start: 'placedAt', duration: { hours: 24 },
    actor: 'buyer', onExpiry: 'order-closes',
    next: [{ action: 'pay', labels: zh('立即付款') }],
    confidence: 'secondary', alternatives: [alt('72 h (older)', 'older', { hours: 72 }), alt('30 min (聚划算 / 天天特价)', 'flash-sale', { minutes: 30 }), alt('15 min (淘抢购)', 'flash-qiang', { minutes: 15 })],
    cite: ['tb-guides', 'page-wins'],
    source: `${GUIDES}; the page's own payment countdown wins (sales events shorten it to minutes)`,
  },
  {
    kind: 'clock', id: 'tb-ship', title: 'seller ships', marketplaces: market, clock: 'ship',
    stages: ['awaiting-shipment'], start: 'paidAt', duration: { hours: 48 },
    // Nothing closes by itself (only after 365 days): a late seller owes the buyer a refund and
    // compensation if asked. Until then a refund request is the way out of an unwanted order; once
    // the seller is late, a reminder first, a refund where the buyer has had enough.
    actor: 'seller', onExpiry: 'seller-late',
    next: [
      { action: 'wait', labels: zh('申请退款') },
      { action: 'contact-seller', labels: zh('提醒发货', '提醒卖家发货'), leftAtMost: { minutes: 0 } },
      { action: 'request-refund', labels: zh('申请退款'), leftAtMost: { minutes: 0 } },
    ],
    confidence: 'secondary', alternatives: [alt('72 h (older)', 'older', { hours: 72 })],
    cite: ['tb-guides', 'page-wins'],
    source: `${GUIDES}; the seller's promise on the page ("MM月DD日 HH:MM前发货") wins`,
  },
  {
    kind: 'clock', id: 'tb-auto-confirm', title: 'auto-confirm receipt', marketplaces: market, clock: 'auto-confirm',
    // Not in the refund stages: a refund request pauses this clock (the order page says so, and the
    // engine shows it paused), and the page's countdown carries the paused time once the refund is over.
    stages: ['shipped', 'delivered'], start: 'shippedAt', duration: { days: 10 },
    actor: 'buyer', onExpiry: 'receipt-confirmed',
    // 延长收货时间 adds 3 days once and is offered in the last 3 days. Where the page no longer shows
    // it (already used), confirming is what is left; before then, confirming once the goods are fine.
    next: [
      { action: 'extend-receipt', labels: zh('延长收货时间'), leftAtMost: { days: 3 } },
      { action: 'confirm-receipt', labels: zh('确认收货'), leftAtMost: { days: 3 } },
      { action: 'confirm-receipt', labels: zh('确认收货') },
    ],
    confidence: 'secondary',
    alternatives: [alt('30 d (平邮 surface mail)', 'surface-mail', { days: 30 }), alt('3 d (virtual goods)', 'virtual-goods', { days: 3 }), alt('24 h (auto-delivery)', 'auto-delivery', { hours: 24 }), alt('20 d (overseas direct)', 'overseas-direct', { days: 20 })],
    cite: ['tb-guides', 'tb-api', 'tb-pages-2025', 'page-wins'],
    source: `${GUIDES}; TOP API taobao.trade.receivetime.delay (extension values); real Taobao and Tmall pages (Nov 2025) ended their countdown exactly 10 days after shipping; the page's "还剩X天X时" wins`,
  },
  {
    kind: 'clock', id: 'tb-no-reason-return', title: '7-day no-reason return', marketplaces: market,
    clock: 'no-reason-return',
    // Only goods marked 七天退换 have this right. Lists and order pages show each item's service marks;
    // where a page lists them without this one, the clock does not run. Where a page says nothing of them
    // it runs, since most goods are marked (exempt: fresh food, custom-made, opened digital goods …).
    // Counted from the signing, never from the buyer's later confirmation: a start too late would
    // promise days the buyer does not have.
    stages: ['delivered', 'completed'], start: 'deliveredAt', fromNextDay: true, duration: { days: 7 },
    when: [{ unlessUnmarked: 'noReasonReturn' }],
    // A right, not a chore: while the trade's own clock runs, its step (confirm, extend) is the one to
    // take, and this row speaks up only in its last day. After the trade succeeds the page offers the
    // return under 申请售后 instead of 申请退款.
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund', labels: zh('申请退款', '申请售后'), leftAtMost: { days: 1 } }],
    confidence: 'secondary',
    cite: ['seven-day-norm'],
    source: 'ahjjxx.com (七天无理由退货规范: 7 days from 00:00 of the day after signing); only for goods marked 七天退换, read from the page\'s service marks where it shows them',
  },
  {
    kind: 'clock', id: 'tb-after-sales', title: 'after-sales', marketplaces: market, clock: 'after-sales',
    // A Taobao trade succeeds when receipt is confirmed, so either date starts the count.
    stages: ['completed'], start: ['completedAt', 'receivedAt'], duration: { days: 15 },
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund', labels: zh('申请售后') }],
    confidence: 'secondary',
    cite: ['tb-guides'],
    source: GUIDES,
  },
  {
    kind: 'clock', id: 'tb-price-protection', title: 'price protection (Tmall)', marketplaces: market,
    clock: 'price-protection',
    // Page clock only: the period ("价保期 A 到 B") differs per item and is never computed.
    stages: ['awaiting-shipment', 'shipped', 'delivered', 'completed'], start: 'paidAt',
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund', labels: zh('申请价保') }],
    confidence: 'official',
    cite: ['tb-price-page'],
    source: 'The order page\'s own "价保期 A 到 B" (the marketplace\'s statement for that item); no rule figure',
  },
];
