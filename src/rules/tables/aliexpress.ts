// AliExpress's clocks (docs/rules.md lists them), one row each, with the figure's source and confidence.
// Where sources disagree the row keeps one figure and lists the others as alternatives.
import { alt, altRange, type Rule } from '../rule';
import { button } from './aliexpress-buttons';

const BRIEF = 'Jak zamknąć zamówienie na Aliexpress (buyer guide)';
const HELP = 'AliExpress help (old pages): activities.aliexpress.com/adcms/help-aliexpress-com';
const ESCROW_FAQ = 'escrow.aliexpress.com/escrow-faq/dispute/how-does-our-dispute-refund-process-work.html';
const OPEN_DISPUTE_HELP = 'aliexpress.com/buyerprotection/how_do_i_open_a_dispute.html';
// The order, list and tracking pages as served in 2026 print their own promises with dates or windows.
const PAGE_2026 = 'The AliExpress order pages themselves (as served in 2026)';
const GUIDE = 'Jak zamknąć zamówienie na Aliexpress (buyer guide, machine-translated)';
const market = ['aliexpress'] as const;

// The seller shipped after the buyer asked to cancel (the guide): ask for the tracking number and a
// photo or scan of the postal receipt; no answer or a wrong number is a reason to open a dispute.
const shippedAnyway = [
  { action: 'ask-shipping-proof', labels: button('contactSeller') },
  { action: 'open-dispute', labels: button('openDispute') },
] as const;

export const aliexpress: readonly Rule[] = [
  {
    kind: 'clock', id: 'ae-payment', title: 'payment', marketplaces: market, clock: 'payment',
    stages: ['awaiting-payment'], start: 'placedAt', duration: { days: 20 },
    actor: 'buyer', onExpiry: 'order-closes',
    next: [{ action: 'pay', labels: button('pay') }],
    confidence: 'seed', basis: 'guide', alternatives: [alt('6 h (hot items)', 'hot-items', { hours: 6 }), alt('per-order pay timeout', 'per-order')],
    cite: ['ae-guide', 'ae-other-guides', 'ae-api'],
    source: `${BRIEF} (20 days); secondary agrees: sovetclub.ru, foit.ru (6 h for hot items); open-platform order API (per-order pay timeout)`,
  },
  {
    kind: 'clock', id: 'ae-payment-check', title: 'payment check', marketplaces: market, clock: 'payment-check',
    stages: ['payment-verifying'], start: 'paidAt', duration: { hours: 24 },
    actor: 'platform', onExpiry: 'payment-verified',
    // Nothing to press: the order cannot even be cancelled until the check is over.
    next: [{ action: 'wait' }],
    confidence: 'official',
    cite: ['ae-api'],
    source: 'AliExpress open-platform order status RISK_CONTROL ("持续24小时": lasts 24 hours)',
  },
  {
    kind: 'clock', id: 'ae-ship', title: 'seller ships', marketplaces: market, clock: 'ship',
    stages: ['awaiting-shipment'], start: 'paidAt', duration: { days: 7 },
    // Processing times run 3–20 days and the page states its own, so 7 days is an estimate: when it
    // passes nothing is promised, the seller is late and cancelling is the buyer's move.
    actor: 'seller', onExpiry: 'seller-late',
    next: [
      { action: 'wait', labels: button('cancelOrder') },
      { action: 'cancel-order', labels: button('cancelOrder'), leftAtMost: { minutes: 0 } },
      { action: 'contact-seller', labels: button('contactSeller'), leftAtMost: { minutes: 0 } },
    ],
    confidence: 'secondary', basis: 'estimate', alternatives: [altRange('3–20 d (the seller\'s processing time)', 'seller-processing', { days: 3 }, { days: 20 })],
    cite: ['ae-processing', 'page-wins'],
    source: 'guide-aliexpress.com (processing time); the processing time shown on the order page wins',
  },
  {
    kind: 'clock', id: 'ae-cancel-response', title: 'cancel response', marketplaces: market, clock: 'cancel-response',
    stages: ['cancel-requested'], start: 'cancelRequestedAt', duration: { days: 14 },
    actor: 'seller', onExpiry: 'order-closes-refunded',
    // If the seller claims it shipped, the buyer asks for the tracking number; that is a chat, not a form.
    next: [{ action: 'wait', labels: button('contactSeller') }],
    confidence: 'seed', basis: 'guide', alternatives: [alt('48 h (requests since Mar 2020)', 'since-2020', { hours: 48 }), alt('72 h', 'plain', { hours: 72 })],
    cite: ['ae-guide', 'ae-help', 'ae-other-guides'],
    source: `${BRIEF} (14 days); ${HELP}/topquestions/cancel_order.php; secondary differs: guide-aliexpress.com (48 h since 2020), alixcadet.com (72 h)`,
  },
  {
    kind: 'clock', id: 'ae-refund-arrival', title: 'refund arrives', marketplaces: market, clock: 'refund-arrival',
    // An order closed before payment has no money to return.
    stages: ['closed'], start: 'closedAt', requires: ['paidAt'], duration: { days: 14 },
    actor: 'platform', onExpiry: 'refund-overdue',
    next: [{ action: 'check-refund', labels: button('viewRefund') }],
    confidence: 'seed', basis: 'guide', alternatives: [altRange('1–10 working days (newer help)', 'working-newer', { days: 1 }, { days: 10 }), altRange('3–20 working days (older help)', 'working-older', { days: 3 }, { days: 20 })],
    cite: ['ae-guide', 'ae-help'],
    source: `${BRIEF} (14 days); AliExpress help differs (1–10 working days newer, 3–20 working days older)`,
  },
  {
    kind: 'clock', id: 'ae-protection', title: 'buyer protection', marketplaces: market, clock: 'protection',
    stages: ['shipped'], start: 'shippedAt', duration: { days: 60 }, when: [{ lacks: 'cancelRequestedAt' }],
    actor: 'buyer', onExpiry: 'order-completes',
    // Near the end a missing parcel needs a dispute or more time. A dispute comes first because an
    // extension needs the seller's consent; before disputes open (day 11) extending is the way left.
    // Until then, confirming receipt once the goods are fine is the step.
    next: [
      { action: 'open-dispute', labels: button('openDispute'), leftAtMost: { days: 5 } },
      { action: 'extend-protection', labels: button('extendTime'), leftAtMost: { days: 5 } },
      { action: 'confirm-receipt', labels: button('confirmReceived') },
    ],
    confidence: 'official', alternatives: [alt('90 d (Russia)', 'russia', { days: 90 }), alt('120 d (Brazil)', 'brazil', { days: 120 })],
    cite: ['ae-help', 'ae-api', 'page-wins'],
    source: `${HELP}/buyer_protection_process.php; seller API extendsBuyerAcceptGoodsTime; the order page's countdown wins`,
  },
  {
    kind: 'clock', id: 'ae-protection-after-cancel', title: 'buyer protection, shipped after a cancellation request',
    marketplaces: market, clock: 'protection', stages: ['shipped'], start: 'shippedAt', duration: { days: 60 },
    when: [{ has: 'cancelRequestedAt' }],
    actor: 'buyer', onExpiry: 'order-completes',
    // Not "confirm received": the buyer did not want this parcel. A dispute the page already offers
    // is offered here too (the earliest-dispute limit yields to a button on the page).
    next: shippedAnyway,
    confidence: 'official', alternatives: [alt('90 d (Russia)', 'russia', { days: 90 }), alt('120 d (Brazil)', 'brazil', { days: 120 })],
    cite: ['ae-help', 'ae-guide'],
    source: `${HELP}/buyer_protection_process.php; ${GUIDE} (the seller ships anyway: ask for tracking, then dispute)`,
  },
  {
    kind: 'clock', id: 'ae-protection-delivered', title: 'protection after delivery', marketplaces: market,
    clock: 'protection', stages: ['delivered'], start: 'deliveredAt', duration: { days: 5 },
    actor: 'buyer', onExpiry: 'order-completes',
    next: [
      { action: 'confirm-receipt', labels: button('confirmReceived') },
      { action: 'open-dispute', labels: button('openDispute') },
    ],
    confidence: 'official', alternatives: [alt('7 d after "issued to recipient"', 'after-issued', { days: 7 })],
    cite: ['ae-help'],
    source: `${HELP}/buyer_protection_process.php; secondary differs (7 days after "issued to recipient")`,
  },
  {
    // The clock the 2026 detail page prints as "open a dispute within 90 days after order was placed";
    // this row is the older help's figure, counted from completion, for pages that print none.
    kind: 'clock', id: 'ae-dispute-window', title: 'dispute window', marketplaces: market, clock: 'dispute-after-completion',
    stages: ['completed'], start: ['completedAt', 'receivedAt'], duration: { days: 15 },
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'open-dispute', labels: button('openDispute') }],
    confidence: 'official', alternatives: [alt('90 d after the order was placed (order page, 2026)', 'after-placed-2026', { days: 90 })],
    cite: ['ae-help', 'page-wins'],
    source: `Copies of AliExpress help: ${OPEN_DISPUTE_HELP}; ${HELP}/dispute_claim_process.php; the order page's own window wins`,
  },
  {
    // "Send it back within 15 days after delivery", for goods the page marks "Free returns" (the list
    // shows the mark; the detail page prints the window). Where the page prints its window, it wins.
    kind: 'clock', id: 'ae-free-return', title: 'free return', marketplaces: market, clock: 'free-return',
    stages: ['delivered', 'completed'], start: 'deliveredAt', duration: { days: 15 }, when: [{ marked: 'freeReturn' }],
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund' }],
    confidence: 'official',
    cite: ['ae-page-2026'],
    source: `${PAGE_2026}: "Free returns" and "Send it back within 15 days after delivery"`,
  },
  {
    // Printed on a completed order: "apply for a return/refund within 7 days of confirming receipt".
    // No rule without the page's line: the window is the page's own.
    kind: 'clock', id: 'ae-return-after-receipt', title: 'return/refund after receipt', marketplaces: market,
    clock: 'return-after-receipt', stages: ['completed'], start: ['receivedAt', 'completedAt'],
    actor: 'buyer', onExpiry: 'right-lapses',
    next: [{ action: 'request-refund' }],
    confidence: 'official',
    cite: ['ae-page-2026'],
    source: `${PAGE_2026}: "apply for a return/refund within 7 days of confirming receipt"`,
  },
  {
    // The delivery guarantee: "If delivered after Aug 3, 2026 you can collect a R$5 coupon" (detail),
    // "Apply for R$5.00 coupon code if delayed by …" (tracking), or "R$5 coupon if delayed" beside the
    // estimated delivery date. Who acts is the marketplace: the parcel is due by then. Once it is late
    // the coupon can be claimed, and that is the buyer's step.
    kind: 'clock', id: 'ae-delivery-guarantee', title: 'delivery guarantee', marketplaces: market, clock: 'delivery-guarantee',
    stages: ['awaiting-shipment', 'shipped'], start: 'paidAt',
    actor: 'platform', onExpiry: 'coupon-claimable',
    next: [{ action: 'claim-coupon', leftAtMost: {} }, { action: 'wait', labels: button('track') }],
    confidence: 'official',
    cite: ['ae-page-2026'],
    source: `${PAGE_2026}: "If delivered after <date> you can collect a … coupon"; no rule without the page's date`,
  },
  {
    // "Refund if no delivery before Sep 4, 2026" (detail services and tracking page).
    kind: 'clock', id: 'ae-refund-if-not-delivered', title: 'refund if not delivered', marketplaces: market,
    clock: 'refund-if-not-delivered', stages: ['awaiting-shipment', 'shipped'], start: 'paidAt',
    actor: 'platform', onExpiry: 'refund-if-undelivered',
    next: [{ action: 'check-refund', labels: button('viewRefund'), leftAtMost: {} }, { action: 'wait', labels: button('track') }],
    confidence: 'official',
    cite: ['ae-page-2026'],
    source: `${PAGE_2026}: "Refund if no delivery before <date>"; no rule without the page's date`,
  },
  {
    kind: 'earliest', id: 'ae-dispute-earliest', title: 'dispute opens earliest', marketplaces: market,
    // Day 11 after shipment begins when 10 days have passed (day 1 is the first day after shipping).
    stages: ['shipped'], start: 'shippedAt', duration: { days: 10 }, suppresses: ['open-dispute'],
    confidence: 'official', alternatives: [alt('day 5 or 6 (older help)', 'older-help-day')],
    cite: ['ae-help'],
    source: `Copies of AliExpress help: ${OPEN_DISPUTE_HELP}; ${HELP}/dispute_claim_process.php`,
  },
  {
    kind: 'clock', id: 'ae-dispute-response', title: 'seller answers dispute', marketplaces: market,
    clock: 'dispute-response', stages: ['dispute-open'], start: 'disputeOpenedAt', duration: { days: 5 },
    actor: 'seller', onExpiry: 'refund-granted',
    // The buyer waits, adding evidence if asked; chat with the seller is the only button for it.
    next: [{ action: 'wait', labels: button('contactSeller') }],
    confidence: 'official',
    cite: ['ae-help'],
    source: `Copy of AliExpress help: ${ESCROW_FAQ}`,
  },
  {
    kind: 'clock', id: 'ae-escalation', title: 'escalation', marketplaces: market, clock: 'escalation',
    stages: ['dispute-open'], start: 'disputeOpenedAt', duration: { days: 15 },
    // The seller must settle within the negotiation or AliExpress steps in on day 16; the buyer's
    // part is to escalate sooner when talks fail, so escalating is this clock's next step.
    actor: 'seller', onExpiry: 'platform-steps-in',
    next: [{ action: 'escalate-dispute', labels: button('escalateDispute') }],
    confidence: 'official', alternatives: [alt('7 d (2017)', 'year-2017', { days: 7 })],
    cite: ['ae-help'],
    source: `${HELP}/dispute_claim_process.php`,
  },
  {
    kind: 'clock', id: 'ae-return-shipping', title: 'return shipping', marketplaces: market, clock: 'return-shipping',
    stages: ['return-awaiting-buyer'], start: 'returnAgreedAt', duration: { days: 10 },
    actor: 'buyer', onExpiry: 'request-closes-seller-paid',
    next: [{ action: 'ship-return', labels: button('addReturnTracking') }],
    confidence: 'official', alternatives: [alt('as stated in the return request', 'as-in-return')],
    cite: ['ae-help'],
    source: `Copy of the AliExpress FAQ: ${ESCROW_FAQ}`,
  },
  {
    kind: 'path', id: 'ae-unpaid', title: 'cancelling before paying', marketplaces: market,
    stages: ['awaiting-payment'], steps: [], notes: ['unpaid-cancels'],
    confidence: 'secondary',
    cite: ['ae-guide'],
    source: GUIDE,
  },
  {
    // Cancelling a paid order: the form asks "Do you want to file a complaint about this supplier?";
    // where the seller is at fault the guide says answer yes, which opens a standard dispute.
    kind: 'path', id: 'ae-cancel-complaint', title: 'cancelling a paid order the seller is at fault for', marketplaces: market,
    stages: ['awaiting-shipment'], steps: [], notes: ['complain-seller-fault'],
    confidence: 'secondary',
    cite: ['ae-guide'],
    source: `${GUIDE} (complaining about the supplier when cancelling)`,
  },
  {
    kind: 'path', id: 'ae-shipped-anyway', title: 'the seller says it shipped after a cancellation request', marketplaces: market,
    stages: ['cancel-requested', 'shipped'], when: [{ has: 'cancelRequestedAt' }],
    steps: shippedAnyway,
    confidence: 'secondary',
    cite: ['ae-guide'],
    source: GUIDE,
  },
];
