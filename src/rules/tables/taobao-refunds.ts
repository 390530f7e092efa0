// Taobao's and Tmall's refund and return clocks. Every refund stage
// stops the auto-confirm clock (taobao.ts runs it in no refund stage), so these rows are all that run
// while a refund is open.
import { alt, type Rule } from '../rule';
import { zh } from './zh';

const GUIDES = 'chinashoppingguide.com/taobao-general-refund-timeout-guidelines; howtotao.com; senbk.com/internet/44310.html; hubeilong.com';
const market = ['taobao', 'tmall'] as const;

export const taobaoRefunds: readonly Rule[] = [
  // The seller's time to answer depends on whether the goods had left: both pages say 退款中 /
  // 等待卖家同意, so the shipping date tells the two rows apart (a page countdown goes to the one).
  {
    kind: 'clock', id: 'tb-refund-response-unshipped', title: 'refund response, not shipped', marketplaces: market,
    clock: 'refund-response', stages: ['refund-requested'], when: [{ lacks: 'shippedAt' }],
    start: 'refundRequestedAt', duration: { hours: 48 },
    // If the seller ships first the refund closes instead; the reading then shows a shipped order.
    actor: 'seller', onExpiry: 'refund-granted',
    next: [{ action: 'wait' }],
    confidence: 'secondary', alternatives: [alt('24 h (newer guide)', 'newer-guide', { hours: 24 }), alt('instant (极速退款)', 'instant-express')],
    cite: ['tb-guides'],
    source: GUIDES,
  },
  {
    kind: 'clock', id: 'tb-refund-response-shipped', title: 'refund response, shipped', marketplaces: market,
    clock: 'refund-response', stages: ['refund-requested'], when: [{ has: 'shippedAt' }],
    start: 'refundRequestedAt', duration: { days: 5 },
    // Treated as agreed: a refund-only request is paid, a return request moves to 等待买家退货.
    actor: 'seller', onExpiry: 'request-approved',
    next: [{ action: 'wait' }],
    confidence: 'secondary', alternatives: [alt('3 d (virtual goods)', 'virtual-goods', { days: 3 }), alt('36 h (not received, refund only)', 'not-received', { hours: 36 })],
    cite: ['tb-guides'],
    source: GUIDES,
  },
  {
    kind: 'clock', id: 'tb-revise', title: 'refused refund', marketplaces: market, clock: 'revise',
    stages: ['refund-refused'], start: 'refundRefusedAt', duration: { days: 5 },
    // Revising keeps the request alive; asking Taobao to step in is the other way (older guides offer
    // it from day 3 of the refund — the page showing the button is what counts).
    actor: 'buyer', onExpiry: 'request-closes',
    next: [
      { action: 'revise-request', labels: zh('修改申请') },
      { action: 'request-platform-help', labels: zh('申请淘宝介入') },
    ],
    confidence: 'secondary',
    cite: ['tb-guides'],
    source: GUIDES,
  },
  {
    kind: 'clock', id: 'tb-return-shipping', title: 'return shipping', marketplaces: market, clock: 'return-shipping',
    stages: ['return-awaiting-buyer'], start: 'returnAgreedAt', duration: { days: 7 },
    // The request closes and the trade's own clocks resume.
    actor: 'buyer', onExpiry: 'request-closes',
    next: [{ action: 'ship-return', labels: zh('填写退货物流', '提交退货信息') }],
    confidence: 'secondary',
    cite: ['tb-guides'],
    source: GUIDES,
  },
  {
    kind: 'clock', id: 'tb-return-confirm', title: 'seller confirms return', marketplaces: market, clock: 'return-confirm',
    stages: ['return-shipped'], start: 'returnShippedAt', duration: { days: 10 },
    actor: 'seller', onExpiry: 'refund-granted',
    next: [{ action: 'wait' }],
    confidence: 'secondary', alternatives: [alt('30 d (平邮 surface mail)', 'surface-mail', { days: 30 })],
    cite: ['tb-guides'],
    source: GUIDES,
  },
];
