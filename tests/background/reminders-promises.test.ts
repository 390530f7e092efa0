// Reminders for the promises an AliExpress page prints: before they run out like any clock, and once
// more at the moment a late parcel opens its coupon claim or an undelivered one its refund.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { fakeBrowser } from '../support/fake-browser';
import { reading, snapshot } from '../support/snapshots';

const START = Date.parse('2026-07-20T00:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();

/** An order in transit with the delivery guarantee (late after Aug 3) and the refund if not delivered (Sep 4). */
const inTransit = snapshot({
  orderId: '8190000000002602', stage: 'shipped', statusText: 'Awaiting delivery', buttons: ['Track order'], title: 'Folding phone stand',
  events: { placedAt: '2026-07-15T10:00:00-07:00' },
  pageClocks: [
    { clock: 'delivery-guarantee', endsAt: '2026-08-04T00:00:00-07:00', text: 'If delivered after Aug 3, 2026 you can collect a R$5 coupon' },
    { clock: 'refund-if-not-delivered', endsAt: '2026-09-04T00:00:00-07:00', text: 'Refund if no delivery before Sep 4, 2026' },
  ],
});

async function setup(start = START) {
  const b = fakeBrowser(start, 'America/Sao_Paulo');
  const w = b.startWorker();
  await w.settings.set({ ...DEFAULT_SETTINGS, quiet: { ...DEFAULT_SETTINGS.quiet, enabled: false } });
  return { b, w };
}

describe('reminders of the page\'s own promises', () => {
  it('reminds before the guarantee runs out, and once more when the coupon claim opens', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([inTransit]));
    await w.worker.run();
    await b.advanceTo(Date.parse('2026-08-10T00:00:00Z'));
    const guarantee = b.shown.filter((s) => s.id.includes('ae-delivery-guarantee'));
    expect(guarantee.map((s) => [s.id.split('|')[3], at(s.at)])).toEqual([
      ['lead:4320', '2026-08-01T07:00:00.000Z'],
      ['lead:1440', '2026-08-03T07:00:00.000Z'],
      ['lead:180', '2026-08-04T04:00:00.000Z'],
      ['opens', '2026-08-04T07:00:00.000Z'],
    ]);
    expect(guarantee[0]!.message).toMatch(/^The marketplace has 3 days left to deliver your parcel on time — then if it is late, you can claim the coupon the page promises\./);
    expect(guarantee[3]!.message).toMatch(/^The time to deliver your parcel on time is up — if it is late, you can claim the coupon the page promises\./);
    // Nothing repeats: the alarm after the opening sends nothing more for it.
    await b.advanceTo(Date.parse('2026-08-20T00:00:00Z'));
    expect(b.shown.filter((s) => s.id.includes('ae-delivery-guarantee'))).toHaveLength(4);
  });

  it('does the same for the refund if the parcel is not delivered', async () => {
    const { b, w } = await setup(Date.parse('2026-08-20T00:00:00Z'));
    await w.store.observe(reading([inTransit]));
    await w.worker.run();
    await b.advanceTo(Date.parse('2026-09-10T00:00:00Z'));
    const refund = b.shown.filter((s) => s.id.includes('ae-refund-if-not-delivered'));
    expect(refund.map((s) => s.id.split('|')[3])).toEqual(['lead:4320', 'lead:1440', 'lead:180', 'opens']);
    expect(at(refund[3]!.at)).toBe('2026-09-04T07:00:00.000Z');
    expect(refund[3]!.message).toMatch(/^The time to deliver your parcel is up — if it has not arrived, you get a refund\./);
  });

  it('tells an order first seen after its claim opened once that it is open, not as a missed deadline', async () => {
    const { b, w } = await setup(Date.parse('2026-08-06T12:00:00Z'));
    await w.store.observe(reading([inTransit]));
    await w.worker.run();
    await b.advanceTo(Date.parse('2026-08-07T00:00:00Z'));
    const guarantee = b.shown.filter((s) => s.id.includes('ae-delivery-guarantee'));
    expect(guarantee.map((s) => s.id.split('|')[3])).toEqual(['opens']);
    expect(b.shown.some((s) => s.title.includes('missed') || s.id.includes('missed'))).toBe(false);
  });
});
