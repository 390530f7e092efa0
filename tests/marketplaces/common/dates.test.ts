import { describe, expect, it } from 'vitest';
import { instantIso, parseDate, readDate, readPromise } from '../../../src/marketplaces/common/dates';

const LA = 'America/Los_Angeles';
const SHANGHAI = 'Asia/Shanghai';
const NOW = new Date('2026-11-22T12:00:00Z');

describe('readDate', () => {
  // [printed text, zone, expected ISO, approximate (no time printed)]
  const cases: [string, string, string, boolean][] = [
    ['Nov 12, 2024', LA, '2024-11-12T00:00:00-08:00', true],
    ['Order placed on: Nov 12, 2024 10:23', LA, '2024-11-12T10:23:00-08:00', false],
    ['Order date: Nov 12, 2024', LA, '2024-11-12T00:00:00-08:00', true],
    ['November 12, 2024', LA, '2024-11-12T00:00:00-08:00', true],
    ['Nov 12, 2024, 10:23 PM', LA, '2024-11-12T22:23:00-08:00', false],
    ['Nov 12, 2024 12:05 am', LA, '2024-11-12T00:05:00-08:00', false],
    ['Jul 4, 2025 10:23:45', LA, '2025-07-04T10:23:45-07:00', false],
    ['10:31 May. 21 2019', LA, '2019-05-21T10:31:00-07:00', false],
    ['22:47 May. 19 2019', LA, '2019-05-19T22:47:00-07:00', false],
    ['12 lis 2024', LA, '2024-11-12T00:00:00-08:00', true],
    ['2 lis 2026, 10:23', LA, '2026-11-02T10:23:00-08:00', false],
    ['20 paź 2026', LA, '2026-10-20T00:00:00-07:00', true],
    ['12 listopada 2024', LA, '2024-11-12T00:00:00-08:00', true],
    ['12 нояб. 2024 г.', LA, '2024-11-12T00:00:00-08:00', true],
    ['12 окт. 2026 г., 10:23', LA, '2026-10-12T10:23:00-07:00', false],
    ['15 сент. 2026 г.', LA, '2026-09-15T00:00:00-07:00', true],
    ['3 марта 2025', LA, '2025-03-03T00:00:00-08:00', true],
    ['12 nov. 2024', LA, '2024-11-12T00:00:00-08:00', true],
    ['20 oct. 2026 11:05', LA, '2026-10-20T11:05:00-07:00', false],
    ['12 de noviembre de 2024', LA, '2024-11-12T00:00:00-08:00', true],
    ['20 sept. 2026', LA, '2026-09-20T00:00:00-07:00', true],
    ['2025-11-08 03:44:47', SHANGHAI, '2025-11-08T03:44:47+08:00', false],
    ['2025-11-08', SHANGHAI, '2025-11-08T00:00:00+08:00', true],
    ['2025/11/08 03:44', SHANGHAI, '2025-11-08T03:44:00+08:00', false],
    ['2025年11月08日 03:44', SHANGHAI, '2025-11-08T03:44:00+08:00', false],
    ['12.11.2024 10:23', LA, '2024-11-12T10:23:00-08:00', false],
    // No year: the latest such date not after now (now is 2026-11-22).
    ['Sat | Sep. 19 18:46', LA, '2026-09-19T18:46:00-07:00', false],
    ['Dec. 19 18:46', LA, '2025-12-19T18:46:00-08:00', false],
    ['12月08日 03:46前发货', SHANGHAI, '2025-12-08T03:46:00+08:00', false],
    ['11月22日 19:00', SHANGHAI, '2026-11-22T19:00:00+08:00', false],
    ['11月22日 21:00', SHANGHAI, '2025-11-22T21:00:00+08:00', false],
  ];
  it.each(cases)('%s (%s) → %s', (text, zone, iso, approximate) => {
    expect(readDate(text, zone, NOW)).toEqual({ iso, approximate });
  });

  it('puts a yearless Feb 29 in the latest leap year before now', () => {
    expect(readDate('Feb. 29 10:00', LA, NOW)).toEqual({ iso: '2024-02-29T10:00:00-08:00', approximate: false });
  });

  const garbage = [
    '', 'garbage', 'Order ID: 8190000000000417', '12 days 03:22:11', 'US $26.70',
    'Nov 31, 2024', 'Feb 29, 2023', '2024-13-01', '2024-02-30 10:00', 'Nov 12, 2024 25:00', 'Nov 12, 2024 10:61',
    '13:00 PM Nov 12, 2024', 'Smarch 12, 2024', '12 foo 2024', '32.01.2024', 'Nov 12, 1889',
  ];
  it.each(garbage)('%j → null', (text) => {
    expect(readDate(text, LA, NOW)).toBeNull();
  });
});

describe('parseDate', () => {
  it('needs the present to resolve a yearless date, and gives null without it', () => {
    expect(parseDate('Sep. 19 18:46')).toBeNull();
    expect(parseDate('Sep. 19 18:46', { now: NOW, zone: LA })).toEqual({
      wall: { year: 2026, month: 9, day: 19, hour: 18, minute: 46, second: 0 }, hasTime: true,
    });
  });

  it('gives the wall time as printed, without a time when none is printed', () => {
    expect(parseDate('Nov 12, 2024')).toEqual({ wall: { year: 2024, month: 11, day: 12 }, hasTime: false });
  });
});

describe('instantIso', () => {
  it('writes an instant with the zone offset of that instant', () => {
    expect(instantIso(Date.parse('2026-12-04T15:22:11Z'), LA)).toBe('2026-12-04T07:22:11-08:00');
    expect(instantIso(Date.parse('2026-07-04T15:22:11Z'), LA)).toBe('2026-07-04T08:22:11-07:00');
  });
});

describe('readPromise: yearless dates on the order time line', () => {
  it('takes the first such moment at or after the anchor, whatever today is', () => {
    
    for (const now of ['2025-10-20T00:00:00Z', '2027-06-01T00:00:00Z']) {
      expect(readPromise('12月16日 22:01前发货', SHANGHAI, '2024-12-14T22:00:51+08:00', new Date(now)))
        .toEqual({ iso: '2024-12-16T22:01:00+08:00', approximate: false, fromPresent: false });
      expect(readPromise('Sep. 4', LA, '2026-07-15T10:00:00-07:00', new Date(now)))
        .toEqual({ iso: '2026-09-04T00:00:00-07:00', approximate: true, fromPresent: false });
    }
  });
  it('keeps a day-only promise on the day of the order itself, not a year on', () => {
    expect(readPromise('12月16日前发货', SHANGHAI, '2024-12-16T10:00:00+08:00', NOW))
      .toEqual({ iso: '2024-12-16T00:00:00+08:00', approximate: true, fromPresent: false });
  });
  it('says when it had to date from the present', () => {
    
    expect(readPromise('12月16日 22:01', SHANGHAI, undefined, NOW)).toEqual({ iso: '2026-12-16T22:01:00+08:00', approximate: false, fromPresent: true });
    expect(readPromise('no date', SHANGHAI, undefined, NOW)).toBeNull();
  });
});
