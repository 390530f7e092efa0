// What the "add by hand" form offers: the stages and start events the rule tables know for a
// marketplace, so the buyer is asked for exactly the event that starts that marketplace's clock. The
// worker answers the form with these (background/tracked.ts, previewManual); the popup holds no table.
import { RULES } from './tables';
import { startEvents } from './rule';
import { STAGES } from './vocabulary';
import type { EventName, Marketplace, Stage } from './model';

/** When no table row applies, the event that usually moved the order into that stage. */
const USUAL_EVENT: Record<Stage, EventName> = {
  'awaiting-payment': 'placedAt', 'payment-verifying': 'paidAt', 'awaiting-shipment': 'paidAt',
  'cancel-requested': 'cancelRequestedAt', shipped: 'shippedAt', delivered: 'deliveredAt',
  'refund-requested': 'refundRequestedAt', 'refund-refused': 'refundRefusedAt', 'return-awaiting-buyer': 'returnAgreedAt',
  'return-shipped': 'returnShippedAt', 'dispute-open': 'disputeOpenedAt', completed: 'receivedAt', closed: 'closedAt',
  refunded: 'refundRequestedAt', unknown: 'placedAt',
};

const rowsFor = (m: Marketplace) => RULES.filter((r) => r.kind === 'clock' && r.marketplaces.includes(m));

/** Stages with a clock in the marketplace's table first (in the vocabulary's order), then the rest. */
export function stagesFor(m: Marketplace): Stage[] {
  const ruled = new Set(rowsFor(m).flatMap((r) => r.stages));
  const all = STAGES.filter((s) => s !== 'unknown');
  return [...all.filter((s) => ruled.has(s)), ...all.filter((s) => !ruled.has(s))];
}

export function eventsFor(m: Marketplace, stage: Stage): EventName[] {
  const events = rowsFor(m).filter((r) => r.stages.includes(stage)).flatMap((r) => startEvents(r));
  return [...new Set(events.length ? events : [USUAL_EVENT[stage]])];
}
