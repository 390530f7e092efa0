import type { PageReading } from '../rules/model';

const FIVE_MINUTES = 5 * 60_000;

/**
 * What must change for a re-read to be worth a message. A ticking countdown on the page moves a page
 * clock's endsAt by a second or two each read; only a change of minutes is news.
 */
export function fingerprint(reading: PageReading): string {
  return JSON.stringify({
    ...reading,
    orders: reading.orders.map((o) => ({
      ...o,
      pageClocks: o.pageClocks.map((c) => ({ clock: c.clock, at: Math.round(Date.parse(c.endsAt) / FIVE_MINUTES) })),
    })),
  });
}
