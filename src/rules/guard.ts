// When to stand guard over the button that pays the seller. The brief's first rule for 1688, true on
// every marketplace: never confirm receipt while a refund is open — confirming pays the seller and the
// refund is gone. Withdrawing a request is guarded too: a new one starts over.
import type { OrderSnapshot, Stage } from './model';
import { allLabels } from './rule';
import { RULES } from './tables';
import { WITHDRAW_LABELS } from './tables/withdraw-labels';

/** Stages in which a refund, return or dispute is open. */
export const REFUND_OPEN: readonly Stage[] = [
  'refund-requested', 'refund-refused', 'return-awaiting-buyer', 'return-shipped', 'dispute-open',
];

export type Guard = {
  /** Why the guard is up: an open refund on the page, or the buyer's own "I have a problem". */
  reason: 'refund-open' | 'buyer-problem';
  /** Labels of the buttons that confirm receipt on this marketplace's pages. */
  confirmLabels: string[];
  /** Labels of the buttons that withdraw a refund or dispute request. */
  withdrawLabels: string[];
};

function confirmLabelsFor(order: OrderSnapshot): string[] {
  const labels = new Set<string>();
  for (const rule of RULES) {
    if (rule.kind !== 'clock' || !rule.marketplaces.includes(order.marketplace)) continue;
    for (const step of rule.next) if (step.action === 'confirm-receipt') allLabels(step.labels).forEach((l) => labels.add(l));
  }
  return [...labels];
}

export function guardFor(order: OrderSnapshot, buyerProblem: boolean): Guard | null {
  const refundOpen = REFUND_OPEN.includes(order.stage);
  if (!refundOpen && !buyerProblem) return null;
  return {
    reason: refundOpen ? 'refund-open' : 'buyer-problem',
    confirmLabels: confirmLabelsFor(order),
    withdrawLabels: refundOpen ? allLabels(WITHDRAW_LABELS) : [],
  };
}
