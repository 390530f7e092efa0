// @vitest-environment node
// The date and countdown parsers read whatever text a page holds: never throw, never return an
// impossible instant or a negative span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDate, parseDate } from '../../src/marketplaces/common/dates';
import { msFromMsLeft, msFromSecondsLeft, parseCountdown } from '../../src/marketplaces/common/countdown';
import { IsoTime } from '../../src/rules/model';

const RUNS = 10_000;
const SEED = 20261122;
const NOW = new Date('2026-11-22T12:00:00Z');

// Text that looks like what pages print, broken in the ways pages break.
const pieces = fc.constantFrom(
  'Nov', 'May.', 'lis', 'нояб.', 'nov.', '月', '日', '年', '天', '时', '分', '秒', '还剩', 'days', 'dni', 'дней', 'días',
  ':', '-', '/', '.', ' ', '前发货', 'Order placed on:', 'г.', 'Sat |', 'AM', 'p.m.',
);
const digits = fc.integer({ min: -5, max: 100_000 }).map(String);
const datey = fc.array(fc.oneof(pieces, digits, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));
const text = fc.oneof(datey, fc.string({ maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }));
const zone = fc.constantFrom('Asia/Shanghai', 'America/Los_Angeles', 'Europe/Warsaw', 'UTC');

describe('date and countdown parsers under fire', () => {
  it(`readDate returns a valid instant with an offset, or null (${RUNS} cases)`, () => {
    fc.assert(fc.property(text, zone, (t, z) => {
      const read = readDate(t, z, NOW);
      return read === null || (IsoTime.safeParse(read.iso).success && typeof read.approximate === 'boolean');
    }), { numRuns: RUNS, seed: SEED });
  });

  it(`parseDate returns a real calendar date or null (${RUNS} cases)`, () => {
    fc.assert(fc.property(text, (t) => {
      const parsed = parseDate(t, { now: NOW, zone: 'Asia/Shanghai' });
      if (!parsed) return true;
      const { year, month, day } = parsed.wall;
      const d = new Date(Date.UTC(year, month - 1, day));
      return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
    }), { numRuns: RUNS, seed: SEED });
  });

  it(`countdowns are a finite, non-negative span of at most two years, or null (${RUNS} cases)`, () => {
    const ok = (ms: number | null) => ms === null || (Number.isFinite(ms) && ms >= 0 && ms <= 2 * 366 * 86_400_000);
    fc.assert(fc.property(text, fc.oneof(fc.double(), fc.integer(), text), (t, v) =>
      ok(parseCountdown(t)) && ok(msFromSecondsLeft(v as string | number)) && ok(msFromMsLeft(v as string | number))), { numRuns: RUNS, seed: SEED });
  });

  it('finds the dates a fixture would print, in any surrounding text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }).filter((s) => !/\d/.test(s) && !/^\s*[ap]/i.test(s)), (noise) =>
      readDate(`${noise} 2025-11-08 03:44:47 ${noise}`, 'Asia/Shanghai', NOW)?.iso === '2025-11-08T03:44:47+08:00'), { numRuns: 2000, seed: SEED });
    expect(readDate('2025-11-08 03:44:47', 'Asia/Shanghai', NOW)?.iso).toBe('2025-11-08T03:44:47+08:00');
  });
});
