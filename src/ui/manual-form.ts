// What the "add by hand" form offers: the stages and start events the rule tables know for a
// marketplace, so the buyer is asked for exactly the event that starts that marketplace's clock.
// Straight from the tables and the vocabulary, not '../rules': that would bring the engine and zod along.
import { RULES } from '../rules/tables';
import { startEvents } from '../rules/rule';
import { STAGES } from '../rules/vocabulary';
import type { EventName, Marketplace, Stage } from '../rules/model';
import { wallTimeToIso } from '../lib/time';

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

/**
 * The zone a marketplace's apps and pages print times in, and its guides count in: Beijing time for
 * the Chinese marketplaces, US Pacific time for AliExpress. The form reads what the buyer types in it.
 */
export const PLATFORM_ZONE: Record<Marketplace, 'Asia/Shanghai' | 'America/Los_Angeles'> = {
  aliexpress: 'America/Los_Angeles', taobao: 'Asia/Shanghai', tmall: 'Asia/Shanghai', '1688': 'Asia/Shanghai',
  kuaishou: 'Asia/Shanghai', xiaohongshu: 'Asia/Shanghai', cainiao: 'Asia/Shanghai',
};

/** A date (and optional time) the buyer typed, read in the given zone; null when it is not a date. */
export function typedInstant(date: string, time: string, zone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time || '00:00');
  if (!d || !t) return null;
  return wallTimeToIso({ year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]! }, zone);
}

/** A Cainiao refusal has no clock: it is kept as a requested refund with its checklist. */
export const CAINIAO = { stage: 'refund-requested', event: 'refundRequestedAt' } as const;
