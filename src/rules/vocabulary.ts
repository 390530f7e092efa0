// The vocabulary's words as plain constants, with no zod: the popup and the options page build their
// forms from them without loading the schemas (model.ts) that only the worker needs.
export const MARKETPLACES = ['aliexpress', 'taobao', 'tmall', '1688', 'kuaishou', 'xiaohongshu', 'cainiao'] as const;
export const PAGE_KINDS = ['order-list', 'order-detail', 'refund', 'dispute', 'tracking'] as const;
export const STAGES = [
  'awaiting-payment', 'payment-verifying', 'awaiting-shipment', 'cancel-requested', 'shipped', 'delivered',
  'refund-requested', 'refund-refused', 'return-awaiting-buyer', 'return-shipped', 'dispute-open',
  'completed', 'closed', 'refunded', 'unknown',
] as const;
/** Stages with nothing left to run: the order is over, whichever way. */
export const FINISHED: readonly (typeof STAGES)[number][] = ['completed', 'closed', 'refunded'];
export const EVENT_NAMES = [
  'placedAt', 'paidAt', 'shippedAt', 'deliveredAt', 'receivedAt', 'cancelRequestedAt', 'refundRequestedAt',
  'refundRefusedAt', 'returnAgreedAt', 'returnShippedAt', 'returnDeliveredAt', 'disputeOpenedAt',
  'completedAt', 'closedAt',
] as const;
export const CLOCK_IDS = [
  'payment', 'payment-check', 'ship', 'cancel-response', 'protection', 'auto-confirm', 'refund-response', 'revise',
  'return-shipping', 'return-confirm', 'dispute-window', 'dispute-response', 'escalation', 'no-reason-return',
  'after-sales', 'price-protection', 'refund-arrival',
  // Promises an AliExpress page prints with their own dates or windows (delivery guarantee, refund if
  // not delivered, free return, return/refund after receipt, dispute after completion).
  'delivery-guarantee', 'refund-if-not-delivered', 'free-return', 'return-after-receipt', 'dispute-after-completion',
] as const;
export const ACTION_IDS = [
  'pay', 'wait', 'cancel-order', 'confirm-receipt', 'extend-protection', 'extend-receipt', 'open-dispute',
  'escalate-dispute', 'request-refund', 'revise-request', 'request-platform-help', 'ship-return',
  'contact-seller', 'check-refund', 'claim-coupon',
  // The guides' paths where no clock runs (a seller refusing a return, a parcel refused at a station).
  'contact-platform-service', 'appeal', 'complain-regulator', 'ask-shipping-proof', 'track-return',
  'hand-over-return', 'reship-or-exchange',
] as const;
/** What a guide says to keep in mind at a stage: shown beside the clocks, never as a deadline. */
export const NOTE_IDS = [
  'dont-confirm-first', 'keep-evidence', 'mind-time-limits', 'excluded-goods', 'refusal-limits-account',
  'unpaid-cancels', 'dont-withdraw',
  // Xiaohongshu: watch the parcel and move the delivery rather than let it go back; AliExpress: the
  // cancellation form's "complain about this supplier?" when the seller is at fault.
  'watch-delivery', 'complain-seller-fault',
  // 1688: fill in the refund amount exactly, or the refund can fail and start over.
  'exact-refund-amount',
] as const;
export const ACTORS = ['buyer', 'seller', 'platform'] as const;
export const CONFIDENCES = ['seed', 'official', 'secondary', 'page'] as const;
/**
 * Where a deadline's figure comes from, as a buyer would name it: the page's own countdown, the
 * marketplace's own help or rules, a buyer guide (unofficial articles), or our estimate.
 */
export const BASES = ['page', 'marketplace', 'guide', 'estimate'] as const;
/** How sure the deadline is: exact, the earliest it can be, or an estimate. */
export const FIGURES = ['exact', 'earliest', 'estimate'] as const;
/** Why a clock is the one that matters now (rules/urgency.ts says each). */
export const URGENT_REASONS = ['your-turn', 'soonest', 'overdue'] as const;
/**
 * Where a row's figure comes from, as the buyer reads it in their language (messages cite_<id>); the
 * row's `source` keeps the full reference for docs/rules.md.
 */
export const CITE_IDS = [
  'ae-guide', 'ae-other-guides', 'ae-help', 'ae-api', 'ae-processing', 'ae-page-2026', 'page-wins',
  'tb-guides', 'tb-api', 'tb-pages-2025', 'seven-day-norm', 'tb-price-page',
  '1688-notice', '1688-exchange', '1688-api', '1688-estimate', '1688-guide',
  'ks-guide', 'ks-other-guides', 'xhs-rules', 'xhs-guide',
] as const;
/** What another source's figure applies to, in the buyer's language (messages alt_<id>, the figures as $1, $2). */
export const ALT_IDS = [
  'plain', 'older', 'hot-items', 'per-order', 'per-order-eg', 'seller-processing', 'since-2020', 'working-newer',
  'working-older', 'russia', 'brazil', 'after-issued', 'after-placed-2026', 'older-help-day', 'year-2017',
  'as-in-return', 'flash-sale', 'flash-qiang', 'surface-mail', 'virtual-goods', 'auto-delivery', 'overseas-direct',
  'newer-guide', 'instant-express', 'not-received', 'fast-refund', 'instant-members', 'before-2023',
  'after-signing-28', 'abroad', 'overseas-sellers',
] as const;
