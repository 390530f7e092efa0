// 1688's auto-confirm clock under the rule in force since 26 Jun 2023: 10 days after
// shipping if the parcel is signed for within 8 days; 48 h after signing if it is signed later (within
// 28 days); 30 days after shipping if it is not signed for within 28 days. Each case is a row with
// conditions on the gap from shipping to signing — the gap so far while unsigned — so that exactly one
// of them applies to any order (tests/rules/tables.test.ts sweeps the gaps to prove it).
import { alt, type NextStep, type Rule } from '../rule';
import { zh } from './zh';

const NOTICE = 'middleofthefairway.com news 119160 (repost of the 1688 notice of the 26 Jun 2023 change)';
const market = ['1688'] as const;
const common = {
  marketplaces: market, clock: 'auto-confirm', stages: ['shipped', 'delivered'],
  actor: 'buyer', onExpiry: 'receipt-confirmed', confidence: 'secondary',
} as const;

// Confirming pays the seller, and the 1688 buyer guide's first rule is never to confirm before a
// problem is settled. In the last day, asking for the refund is the step that cannot wait; before it,
// confirming once the goods are right. 1688 pages show 延长收货时间 too: more time where the parcel
// has not arrived.
const next: readonly NextStep[] = [
  { action: 'request-refund', labels: zh('申请退款'), leftAtMost: { hours: 24 } },
  { action: 'extend-receipt', labels: zh('延长收货时间'), leftAtMost: { hours: 24 } },
  { action: 'confirm-receipt', labels: zh('确认收货') },
];

export const alibaba1688Receipt: readonly Rule[] = [
  {
    ...common, kind: 'clock', id: '1688-auto-confirm', title: 'auto-confirm receipt, signed within 8 days', next,
    // Also the case of a parcel not signed for yet while day 8 has not passed: signing in time is
    // still possible, and 10 days is then the soonest the trade can complete.
    when: [{ gap: ['shippedAt', 'deliveredAt'], atMost: { days: 8 } }],
    start: 'shippedAt', duration: { days: 10 },
    alternatives: [alt('10 d, 30 d without logistics (before 26 Jun 2023)', 'before-2023', { days: 10 }, { days: 30 })],
    cite: ['1688-notice'],
    source: NOTICE,
  },
  {
    ...common, kind: 'clock', id: '1688-auto-confirm-signed-late', title: 'auto-confirm receipt, signed after day 8', next,
    when: [{ has: 'deliveredAt' }, { gap: ['shippedAt', 'deliveredAt'], moreThan: { days: 8 }, atMost: { days: 28 } }],
    start: 'deliveredAt', duration: { hours: 48 },
    cite: ['1688-notice'],
    source: NOTICE,
  },
  {
    ...common, kind: 'clock', id: '1688-auto-confirm-unsigned', title: 'auto-confirm receipt, not signed by day 8', next,
    // The latest it can be: signing before day 28 brings it forward to 48 h after signing, and the
    // next reading of the page then shows that; until then the buyer sees that figure beside it.
    when: [{ lacks: 'deliveredAt' }, { gap: ['shippedAt', 'deliveredAt'], moreThan: { days: 8 }, atMost: { days: 28 } }],
    start: 'shippedAt', duration: { days: 30 }, alternatives: [alt('48 h after signing, if signed by day 28', 'after-signing-28', { hours: 48 })],
    cite: ['1688-notice'],
    source: `${NOTICE}; 30 days after shipping at the latest, 48 h after signing if signed by day 28`,
  },
  {
    ...common, kind: 'clock', id: '1688-auto-confirm-never-signed', title: 'auto-confirm receipt, not signed within 28 days', next,
    when: [{ gap: ['shippedAt', 'deliveredAt'], moreThan: { days: 28 } }],
    start: 'shippedAt', duration: { days: 30 },
    cite: ['1688-notice'],
    source: NOTICE,
  },
  {
    ...common, kind: 'clock', id: '1688-auto-confirm-page', title: 'auto-confirm receipt, shipping date unknown', next,
    // Without the shipping date no case can be told apart and nothing is computed; the page's own
    // countdown, when there is one, is still the deadline.
    when: [{ lacks: 'shippedAt' }],
    start: 'shippedAt',
    cite: ['1688-notice', 'page-wins'],
    source: `${NOTICE}; the order page's countdown only`,
  },
];
