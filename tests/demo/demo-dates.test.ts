// The demo pages are served with their dates brought up to the present (scripts/demo-dates.mjs).
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoShiftDays, servedIso, shiftDates } from '../../scripts/demo-dates.mjs';

const DAY = 86_400_000;

describe('demo page dates', () => {
  it('moves nothing on the day the pages were written, and never backwards', () => {
    expect(demoShiftDays(DEMO_AS_OF)).toBe(0);
    expect(demoShiftDays(DEMO_AS_OF - 30 * DAY)).toBe(0);
    expect(demoShiftDays(DEMO_AS_OF + DAY - 1)).toBe(0);
    expect(demoShiftDays(DEMO_AS_OF + 12 * DAY + 5)).toBe(12);
  });

  it('moves every date format the demo pages use by whole days, across months and years', () => {
    const page = [
      'Order placed on: Nov 16, 2026 14:30',
      '<td>2026-12-30 17:45:12</td>',
      'pay 2026/12/31',
      '12月16日 22:01前发货',
      '2026年11月30日',
      '{"payTime":1794380132387}',
    ].join('\n');
    expect(shiftDates(page, 3).split('\n')).toEqual([
      'Order placed on: Nov 19, 2026 14:30',
      '<td>2027-01-02 17:45:12</td>',
      'pay 2027/01/03',
      '12月19日 22:01前发货',
      '2026年12月3日',
      `{"payTime":${1794380132387 + 3 * DAY}}`,
    ]);
  });

  it('leaves order ids, prices, years alone and countdowns alone', () => {
    const page = 'orderId=8190000000000417 ¥1794.00 © 2010-2026 还剩2天4时 4187000000000001105';
    expect(shiftDates(page, 40)).toBe(page);
  });

  it('gives the served instant of a written wall time with the zone\'s offset on the served day', () => {
    // Written in November (Pacific standard time); served 200 days later, in June (daylight time).
    const now = DEMO_AS_OF + 200 * DAY;
    expect(servedIso('2026-11-16T14:30', 'America/Los_Angeles', now)).toBe('2027-06-04T14:30:00-07:00');
    expect(servedIso('2026-11-16T14:30', 'Asia/Shanghai', now)).toBe('2027-06-04T14:30:00+08:00');
    expect(servedIso('2026-11-16T14:30', 'America/Los_Angeles', DEMO_AS_OF)).toBe('2026-11-16T14:30:00-08:00');
  });
});
