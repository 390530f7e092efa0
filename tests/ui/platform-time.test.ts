// Times in the platform's own zone: what the buyer types by hand is read as the app shows it (Beijing
// time, or AliExpress's Pacific time), and every deadline shows the platform's wall clock beside the
// buyer's — read from the zone itself, so it is right across daylight-saving changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translateFrom } from '../../src/lib/i18n';
import { manualSnapshot } from '../../src/lib/manual';
import { assess } from '../../src/rules';
import { formatDeadline } from '../../src/ui/format';
import { typedInstant } from '../../src/ui/manual-form';
import { PLATFORM_ZONE } from '../../src/lib/time';

const t = translateFrom(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));

describe('hand entry in platform time', () => {
  it.each(['kuaishou', 'xiaohongshu', 'cainiao', 'taobao', 'tmall', '1688'] as const)('%s reads the typed time as Beijing time', (m) => {
    expect(typedInstant('2026-11-18', '14:30', PLATFORM_ZONE[m])).toBe('2026-11-18T14:30:00+08:00');
  });

  it('AliExpress reads it as Pacific time, on either side of a daylight-saving change', () => {
    expect(typedInstant('2026-11-18', '14:30', PLATFORM_ZONE.aliexpress)).toBe('2026-11-18T14:30:00-08:00');
    expect(typedInstant('2026-07-18', '14:30', PLATFORM_ZONE.aliexpress)).toBe('2026-07-18T14:30:00-07:00');
  });

  it('gives a Kuaishou parcel signed at 23:30 Beijing time its 7 days from the next Beijing midnight, shown in both zones', () => {
    const at = typedInstant('2026-11-18', '23:30', PLATFORM_ZONE.kuaishou)!;
    const record = {
      schema: 1 as const, key: 'manual:k1', marketplace: 'kuaishou' as const, stage: 'delivered' as const, event: 'deliveredAt' as const,
      at, orderId: 'k1', checklist: [], createdAt: at,
    };
    const a = assess(manualSnapshot(record), new Date('2026-11-20T00:00:00Z'));
    expect(a.timers).toMatchObject([{ clock: 'no-reason-return', actor: 'buyer', endsAt: '2026-11-26T00:00:00+08:00' }]);
    expect(a.next).toEqual({ action: 'request-refund', labels: [], deadline: '2026-11-26T00:00:00+08:00' });
    // A buyer in Warsaw (UTC+1) and one in Kolkata (UTC+5:30) both see the Beijing deadline beside their own.
    for (const buyer of [60, 330]) expect(formatDeadline(a.timers[0]!.endsAt, 'en-GB', t, buyer)).toMatch(/ — 26 Nov, 00:00 Beijing$/);
  });
});

describe('AliExpress Pacific time across daylight saving', () => {
  // Counted from a winter event, the deadline keeps -08:00 into the summer: 10:15 -08:00 is 11:15 PDT.
  const deadline = '2026-03-20T10:15:00-08:00';

  it('shows a Los Angeles buyer one time, not "11:15 your time — 10:15 Pacific"', () => {
    // The buyer's half is in this machine's zone (the suite runs in several): only the Pacific half is fixed.
    const local = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date(deadline));
    expect(formatDeadline(deadline, 'en-GB', t, -420)).toBe(`Ends ${local}`);
  });

  it('shows a buyer elsewhere the Pacific wall clock as it reads that day', () => {
    expect(formatDeadline(deadline, 'en-GB', t, 330)).toMatch(/ — 20 Mar, 11:15 Pacific$/);
  });
});
