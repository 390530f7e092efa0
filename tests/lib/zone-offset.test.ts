// zoneOffsetMinutes keeps the offsets of whole hours in which a zone's offset holds; these instants sit on
// both sides of real changes (and inside the hour of one), asked in an order that fills that cache first.
import { describe, expect, it } from 'vitest';
import { zoneOffsetMinutes } from '../../src/lib/time';

const at = (iso: string) => Date.parse(iso);

describe('zoneOffsetMinutes', () => {
  it('is exact on both sides of a change, however the hours around it were asked before', () => {
    // Warsaw goes from +01:00 to +02:00 at 01:00 UTC on 29 March 2026.
    expect(zoneOffsetMinutes('Europe/Warsaw', at('2026-03-29T00:30:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Warsaw', at('2026-03-29T00:59:59Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Warsaw', at('2026-03-29T01:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Warsaw', at('2026-03-29T01:30:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Warsaw', at('2026-03-29T00:15:00Z'))).toBe(60);
  });

  it('is exact inside an hour in which the offset changes, on the half hour too', () => {
    // Lord Howe moves by 30 minutes, from +11:00 to +10:30 at 02:00 local daylight time (15:00 UTC) on 5 April 2026.
    expect(zoneOffsetMinutes('Australia/Lord_Howe', at('2026-04-04T14:59:59Z'))).toBe(660);
    expect(zoneOffsetMinutes('Australia/Lord_Howe', at('2026-04-04T15:00:00Z'))).toBe(630);
    // St. John's goes from -03:30 to -02:30 at 05:30 UTC on 8 March 2026, half-way through a UTC hour:
    // the first half asked first must not answer for the second.
    expect(zoneOffsetMinutes('America/St_Johns', at('2026-03-08T05:10:00Z'))).toBe(-210);
    expect(zoneOffsetMinutes('America/St_Johns', at('2026-03-08T05:45:00Z'))).toBe(-150);
    expect(zoneOffsetMinutes('America/St_Johns', at('2026-03-08T05:29:59Z'))).toBe(-210);
    // Los Angeles goes back from -07:00 to -08:00 at 09:00 UTC on 1 November 2026; ask the later half first.
    expect(zoneOffsetMinutes('America/Los_Angeles', at('2026-11-01T09:20:00Z'))).toBe(-480);
    expect(zoneOffsetMinutes('America/Los_Angeles', at('2026-11-01T08:40:00Z'))).toBe(-420);
    expect(zoneOffsetMinutes('America/Los_Angeles', at('2026-11-01T09:00:00Z'))).toBe(-480);
    expect(zoneOffsetMinutes('America/Los_Angeles', at('2026-11-01T08:59:59Z'))).toBe(-420);
  });

  it('answers half-hour and three-quarter-hour zones, and the same again from what it kept', () => {
    for (let round = 0; round < 2; round++) {
      expect(zoneOffsetMinutes('Asia/Kolkata', at('2026-12-05T10:10:00Z'))).toBe(330);
      expect(zoneOffsetMinutes('Asia/Kathmandu', at('2026-12-05T10:10:00Z'))).toBe(345);
      expect(zoneOffsetMinutes('Asia/Shanghai', at('2026-12-05T10:10:00Z'))).toBe(480);
    }
  });
});
