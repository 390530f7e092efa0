// The "add by hand" form's own arithmetic: the instant the buyer typed, read in the zone the marketplace
// prints times in (lib/time's PLATFORM_ZONE). The stages, events and the deadline it will create come
// from the worker (previewManual).
import { wallTimeToIso } from '../lib/time';

/** A date (and optional time) the buyer typed, read in the given zone; null when it is not a date. */
export function typedInstant(date: string, time: string, zone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time || '00:00');
  if (!d || !t) return null;
  return wallTimeToIso({ year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]! }, zone);
}

/** A Cainiao refusal has no clock: it is kept as a requested refund with its checklist. */
export const CAINIAO = { stage: 'refund-requested', event: 'refundRequestedAt' } as const;
