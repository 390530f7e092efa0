import { describe, expect, it } from 'vitest';
import { timeLeft } from '../../src/ui/countdown';
import type { Timer } from '../../src/rules/model';

const HOUR = 3_600_000;
const readAt = Date.parse('2026-11-20T00:00:03Z'); // stamped 3 s after the page said "还剩2天4时"
const endsAt = '2026-11-22T04:00:00Z';
const timer: Timer = { clock: 'auto-confirm', ruleId: 'tb-auto-confirm', actor: 'buyer', endsAt, from: 'page', onExpiry: 'receipt-confirmed', confidence: 'page' };
const clocks = [{ clock: 'auto-confirm' as const, endsAt, text: '还剩2天4时', readAt: '2026-11-20T00:00:03+00:00' }];

describe('timeLeft', () => {
  it('is the page\'s own span while fresh, to the minute it printed', () => {
    expect(timeLeft(timer, clocks, readAt)).toBe(52 * HOUR);
    expect(timeLeft(timer, clocks, readAt + HOUR - 1)).toBe(52 * HOUR);
  });

  it("counts down once a shown unit has passed, and always for a rule's deadline or a clock read elsewhen", () => {
    expect(timeLeft(timer, clocks, readAt + HOUR)).toBe(Date.parse(endsAt) - readAt - HOUR);
    expect(timeLeft({ ...timer, from: 'rule' }, clocks, readAt)).toBe(Date.parse(endsAt) - readAt);
    expect(timeLeft(timer, [{ ...clocks[0]!, endsAt: '2026-11-23T04:00:00Z' }], readAt)).toBe(Date.parse(endsAt) - readAt);
    expect(timeLeft(timer, undefined, readAt)).toBe(Date.parse(endsAt) - readAt);
  });

  it('keeps seconds on a short span', () => {
    const short = { ...timer, endsAt: '2026-11-20T00:10:00Z' };
    expect(timeLeft(short, [{ ...clocks[0]!, endsAt: short.endsAt }], readAt)).toBe(10 * 60_000 - 3000);
  });
});
