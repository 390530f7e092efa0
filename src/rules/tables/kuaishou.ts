// Kuaishou shop's clocks. Its orders live in the app, so they are tracked
// by hand: the buyer picks the stage and enters the event that started the clock. There is no page to
// point at, hence no button labels. Beijing time is assumed, as for the other Chinese marketplaces.
import { alt, type NextStep, type Rule } from '../rule';
import { zh } from './zh';

const BRIEF = '快手卖家拒收返货怎么办 (buyer guide, 2024)';
const GUIDE_2023 = 'lv66.net/news/2443.html (2023)';
const OLDER = 'taiertuan.com (older)';
const GUIDE = '168seo: 快手卖家拒收返货怎么办 (buyer guide, 2024)';
const market = ['kuaishou'] as const;

// The guide names no outcome when the seller lets these clocks run out: the buyer then goes to
// Kuaishou's customer service, as on a refusal.
const waitThenService: readonly NextStep[] = [
  { action: 'wait' },
  { action: 'contact-platform-service', labels: zh('快手客服'), leftAtMost: { minutes: 0 } },
];

export const kuaishou: readonly Rule[] = [
  {
    kind: 'clock', id: 'ks-no-reason-return', title: 'refund request window', marketplaces: market,
    clock: 'no-reason-return',
    // Counted from 00:00 of the day after the goods arrived. Signing comes first; the buyer's own
    // confirmation is the fallback when that is the only date entered.
    stages: ['delivered', 'completed'], start: ['deliveredAt', 'receivedAt'], fromNextDay: true, duration: { days: 7 },
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund' }],
    confidence: 'seed', basis: 'guide',
    cite: ['ks-guide'],
    source: BRIEF,
  },
  {
    kind: 'clock', id: 'ks-refund-response', title: 'seller confirms the return details', marketplaces: market,
    clock: 'refund-response', stages: ['refund-requested'], start: 'refundRequestedAt', duration: { hours: 48 },
    actor: 'seller', onExpiry: 'buyer-may-escalate',
    next: waitThenService,
    confidence: 'seed', basis: 'guide',
    cite: ['ks-guide', 'ks-other-guides'],
    source: `${BRIEF} (48 h; names no outcome); secondary agrees: ${GUIDE_2023}`,
  },
  {
    kind: 'clock', id: 'ks-return-shipping', title: 'buyer ships the return', marketplaces: market,
    clock: 'return-shipping', stages: ['return-awaiting-buyer'], start: 'returnAgreedAt', duration: { days: 10 },
    actor: 'buyer', onExpiry: 'request-closes',
    next: [{ action: 'ship-return' }],
    confidence: 'secondary', alternatives: [alt('7 d (older)', 'older', { days: 7 })],
    cite: ['ks-other-guides'],
    source: `${GUIDE_2023}; ${OLDER}: 7 days`,
  },
  {
    kind: 'clock', id: 'ks-return-confirm', title: 'seller confirms refund after the return arrives', marketplaces: market,
    // Counted from the return's arrival at the seller, not its dispatch: without that date, no timer.
    clock: 'return-confirm', stages: ['return-shipped'], start: 'returnDeliveredAt', duration: { days: 3 },
    // Secondary sources say the refund is then approved by itself; the guide does not, so the buyer
    // is told to go to customer service rather than promised an outcome.
    actor: 'seller', onExpiry: 'buyer-may-escalate',
    next: waitThenService,
    confidence: 'seed', basis: 'guide', alternatives: [alt('7 d', 'plain', { days: 7 })],
    cite: ['ks-guide', 'ks-other-guides'],
    source: `${BRIEF}; secondary differs (7 days): ${GUIDE_2023}; ${OLDER}`,
  },
  {
    kind: 'path', id: 'ks-seller-refuses', title: 'seller refuses the return', marketplaces: market,
    // The guide's escalation, in its order; it gives no figure for any step, only "注意时效".
    stages: ['refund-refused'],
    steps: [
      { action: 'contact-seller' },
      { action: 'contact-platform-service', labels: zh('快手客服') },
      { action: 'appeal', labels: zh('申诉') },
      { action: 'complain-regulator', labels: zh('12315') },
    ],
    notes: ['keep-evidence', 'mind-time-limits'],
    confidence: 'secondary',
    cite: ['ks-guide'],
    source: GUIDE,
  },
];
