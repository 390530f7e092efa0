// Reminders on a fake clock, in an in-memory browser whose alarms really fire: each reminder exactly
// once through worker restarts, sleep, duplicate alarms and quiet hours.
import { describe, expect, it } from 'vitest';
import { NEXT_ALARM } from '../../src/background/reminders';
import { DEFAULT_SETTINGS } from '../../src/lib/settings';
import { fakeBrowser } from '../support/fake-browser';
import { reading, snapshot } from '../support/snapshots';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.parse('2026-11-20T00:00:00Z');

/** A shipped AliExpress order whose buyer-protection countdown (the buyer's clock) ends at `endsAt`. */
const shipped = (orderId: string, endsAt: string, title = `Order ${orderId}`) => snapshot({
  orderId, title, stage: 'shipped', statusText: 'Awaiting delivery', buttons: [],
  events: { placedAt: '2026-11-10T09:12:00-08:00' },
  pageClocks: [{ clock: 'protection', endsAt, text: '' }],
});

async function setup({ quiet = false, zone = 'UTC', start = START } = {}) {
  const b = fakeBrowser(start, zone);
  const w = b.startWorker();
  await w.settings.set({ ...DEFAULT_SETTINGS, quiet: { ...DEFAULT_SETTINGS.quiet, enabled: quiet } });
  return { b, w };
}

describe('reminders', () => {
  it('sends each lead time once, in order, as the alarms fire', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([shipped('1', '2026-11-25T15:00:00Z')]));
    await w.worker.run();
    await b.advanceTo(Date.parse('2026-11-26T00:00:00Z'));
    expect(b.shown.map((s) => new Date(s.at).toISOString())).toEqual([
      '2026-11-22T15:00:00.000Z', '2026-11-24T15:00:00.000Z', '2026-11-25T12:00:00.000Z',
    ]);
    expect(b.shown[0]!.title).toBe('AliExpress · Order 1');
    expect(b.shown[0]!.message).toMatch(/^You have 3 days left to raise any problem: open a dispute or ask for more time — then/);
    expect(b.shown[2]!.message).toMatch(/^You have 3 hr 0 min left/);
  });

  it('sends nothing twice across worker restarts', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([shipped('1', '2026-11-25T15:00:00Z')]));
    await w.worker.run();
    await b.advanceTo(Date.parse('2026-11-23T00:00:00Z'));
    expect(b.shown).toHaveLength(1);
    // The worker is stopped and a new one starts (browser start-up runs the planner again).
    const again = b.startWorker();
    await again.worker.run();
    await again.worker.run();
    expect(b.shown).toHaveLength(1);
    await b.advanceTo(Date.parse('2026-11-24T16:00:00Z'));
    b.startWorker();
    await b.advanceTo(Date.parse('2026-11-26T00:00:00Z'));
    expect(b.shown.map((s) => s.id)).toEqual([
      'buyer-clock|order:aliexpress:1|ae-protection|lead:4320',
      'buyer-clock|order:aliexpress:1|ae-protection|lead:1440',
      'buyer-clock|order:aliexpress:1|ae-protection|lead:180',
    ]);
  });

  it('after a sleep through two lead times, says only the latest one', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([shipped('1', '2026-11-25T15:00:00Z')]));
    await w.worker.run();
    await b.sleepUntil(Date.parse('2026-11-24T20:00:00Z')); // the 3-day and 1-day alarms were slept through
    expect(b.shown.map((s) => s.id)).toEqual(['buyer-clock|order:aliexpress:1|ae-protection|lead:1440']);
    await b.advanceTo(Date.parse('2026-11-26T00:00:00Z'));
    expect(b.shown).toHaveLength(2);
  });

  it('turns deadlines that passed during a sleep into one "missed" notice, not a burst', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([shipped('1', '2026-11-21T15:00:00Z', 'Lamp'), shipped('2', '2026-11-21T18:00:00Z', 'Desk')]));
    await w.worker.run();
    const before = b.shown.length; // each was 3 days or less away: one reminder each, now
    expect(before).toBe(2);
    await b.sleepUntil(Date.parse('2026-11-23T00:00:00Z'));
    const after = b.shown.slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]!.title).toBe('2 deadlines passed while Buyer Clock could not remind you');
    expect(after[0]!.message).toBe('AliExpress · Lamp\nAliExpress · Desk');
    await b.advanceTo(Date.parse('2026-11-30T00:00:00Z'));
    expect(b.shown).toHaveLength(before + 1);
  });

  it('delivers once when the same alarm fires twice at once', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([shipped('1', '2026-11-25T15:00:00Z')]));
    await w.worker.run();
    b.clock.now = Date.parse('2026-11-22T15:00:00Z');
    await b.fireTwice(NEXT_ALARM);
    expect(b.shown).toHaveLength(1);
    // And planner runs started back to back (a store change, an alarm, a start-up) share the work.
    b.clock.now = Date.parse('2026-11-24T15:00:00Z');
    await Promise.all([w.worker.run(), w.worker.run(), w.worker.snooze('order:aliexpress:404', 'none')]);
    expect(b.shown).toHaveLength(2);
  });

  it('holds reminders through quiet hours, unless the deadline would pass first', async () => {
    // Warsaw is UTC+1 in November; quiet hours are 23:00–08:00 there.
    const { b, w } = await setup({ quiet: true, zone: 'Europe/Warsaw' });
    // Order 2 ends at 04:00 Warsaw: its 3-day and 1-day leads (04:00) wait for 08:00, but its 3-hour lead
    // (01:00) cannot wait: the deadline would pass first. Order 1's 3-day lead (01:00) waits for 08:00.
    await w.store.observe(reading([shipped('1', '2026-11-26T00:00:00Z'), shipped('2', '2026-11-23T03:00:00Z')]));
    await w.worker.run();
    await b.advanceTo(Date.parse('2026-11-23T12:00:00Z'));
    const times = b.shown.map((s) => [s.id.split('|')[1], s.id.split('|')[3], new Date(s.at).toISOString()]);
    expect(times).toEqual([
      ['order:aliexpress:2', 'lead:4320', '2026-11-20T07:00:00.000Z'],
      ['order:aliexpress:2', 'lead:1440', '2026-11-22T07:00:00.000Z'],
      ['order:aliexpress:2', 'lead:180', '2026-11-23T00:00:00.000Z'],
      ['order:aliexpress:1', 'lead:4320', '2026-11-23T07:00:00.000Z'],
    ]);
  });

  it('counts orders with something for the buyer to do within 48 hours on the badge, and shows nothing for none', async () => {
    const { b, w } = await setup();
    await w.worker.run();
    expect(b.badge.text).toBe('');
    await w.store.observe(reading([shipped('1', '2026-11-21T00:00:00Z'), shipped('2', '2026-11-28T00:00:00Z')]));
    await w.worker.run();
    expect(b.badge.text).toBe('1');
    await b.advanceTo(Date.parse('2026-11-26T01:00:00Z'));
    expect(b.badge.text).toBe('2'); // the first is overdue, the second now within 48 hours
  });

  it('"Remind me tomorrow" puts the reminder off by a day and sends it once', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([shipped('1', '2026-11-25T15:00:00Z')]));
    await w.worker.run();
    await b.advanceTo(Date.parse('2026-11-22T15:00:00Z'));
    expect(b.shown).toHaveLength(1);
    await w.worker.snooze('order:aliexpress:1', 'ae-protection');
    await b.advanceTo(Date.parse('2026-11-23T16:00:00Z'));
    expect(b.shown.map((s) => [s.id.split('|')[3], new Date(s.at).toISOString()])).toEqual([
      ['lead:4320', '2026-11-22T15:00:00.000Z'], ['snooze', '2026-11-23T15:00:00.000Z'],
    ]);
  });

  it('reminds of nothing on a marketplace the buyer switched off', async () => {
    const { b, w } = await setup();
    await w.settings.set({ ...DEFAULT_SETTINGS, marketplaces: { aliexpress: false } });
    await w.store.observe(reading([shipped('1', '2026-11-21T00:00:00Z')]));
    await b.advanceTo(START + 3 * DAY);
    await w.worker.run();
    expect(b.shown).toEqual([]);
    expect(b.badge.text).toBe('');
  });
});

describe('after a store change', () => {
  it('plans without showing anything, and what is due goes out when the alarm fires', async () => {
    const { b, w } = await setup();
    await w.store.observe(reading([shipped('1', '2026-11-20T02:00:00Z')]));
    await w.worker.replan();
    expect(b.shown).toEqual([]);
    expect(b.badge.text).toBe('1');
    expect(b.alarms.get(NEXT_ALARM)?.scheduledTime).toBe(START + 1000);
    await b.advanceTo(START + 2000);
    expect(b.shown.map((s) => s.id)).toEqual(['buyer-clock|order:aliexpress:1|ae-protection|lead:180']);
  });
});
