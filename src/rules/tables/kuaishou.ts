// Kuaishou shop's clocks (rules.md, "Kuaishou shop"). Its orders live in the app, so they are tracked
// by hand: the buyer picks the stage and enters the event that started the clock. There is no page to
// point at, hence no button labels. Beijing time is assumed, as for the other Chinese marketplaces.
import type { Rule } from '../rule';

const BRIEF = 'Buyer Clock product brief';
const GUIDE_2023 = 'lv66.net/news/2443.html (2023)';
const OLDER = 'taiertuan.com (older)';
const market = ['kuaishou'] as const;

export const kuaishou: readonly Rule[] = [
  {
    kind: 'clock', id: 'ks-no-reason-return', title: 'refund request window', marketplaces: market,
    clock: 'no-reason-return',
    // Counted from 00:00 of the day after the goods arrived. Signing comes first; the buyer's own
    // confirmation is the fallback when that is the only date entered.
    stages: ['delivered', 'completed'], start: ['deliveredAt', 'receivedAt'], fromNextDay: true, duration: { days: 7 },
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund' }],
    confidence: 'seed',
    source: BRIEF,
  },
  {
    kind: 'clock', id: 'ks-refund-response', title: 'seller confirms the return details', marketplaces: market,
    clock: 'refund-response', stages: ['refund-requested'], start: 'refundRequestedAt', duration: { hours: 48 },
    actor: 'seller', onExpiry: 'request-approved',
    next: [{ action: 'wait' }],
    confidence: 'seed',
    source: `${BRIEF}; secondary agrees: ${GUIDE_2023}`,
  },
  {
    kind: 'clock', id: 'ks-return-shipping', title: 'buyer ships the return', marketplaces: market,
    clock: 'return-shipping', stages: ['return-awaiting-buyer'], start: 'returnAgreedAt', duration: { days: 10 },
    actor: 'buyer', onExpiry: 'request-closes',
    next: [{ action: 'ship-return' }],
    confidence: 'secondary', alternatives: ['7 d (older)'],
    source: `${GUIDE_2023}; ${OLDER}: 7 days`,
  },
  {
    kind: 'clock', id: 'ks-return-confirm', title: 'seller confirms refund after the return arrives', marketplaces: market,
    // Counted from the return's arrival at the seller, not its dispatch: without that date, no timer.
    clock: 'return-confirm', stages: ['return-shipped'], start: 'returnDeliveredAt', duration: { days: 3 },
    // The refund is approved by itself and paid within 1–3 working days.
    actor: 'seller', onExpiry: 'refund-granted',
    next: [{ action: 'wait' }],
    confidence: 'seed', alternatives: ['7 d'],
    source: `${BRIEF}; secondary differs (7 days): ${GUIDE_2023}; ${OLDER}`,
  },
];
