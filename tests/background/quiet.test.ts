import { describe, expect, it } from 'vitest';
import { deliverAt, inQuiet, quietEnd } from '../../src/background/quiet';

const NIGHT = { enabled: true, start: 23 * 60, end: 8 * 60 };
const at = (iso: string) => Date.parse(iso);

describe('quiet hours in the buyer\'s zone', () => {
  it('wraps midnight: 23:00–08:00 Shanghai', () => {
    expect(inQuiet(at('2026-11-20T15:30:00Z'), NIGHT, 'Asia/Shanghai')).toBe(true); // 23:30
    expect(inQuiet(at('2026-11-20T23:59:00Z'), NIGHT, 'Asia/Shanghai')).toBe(true); // 07:59
    expect(inQuiet(at('2026-11-21T00:00:00Z'), NIGHT, 'Asia/Shanghai')).toBe(false); // 08:00
    expect(inQuiet(at('2026-11-20T15:30:00Z'), { ...NIGHT, enabled: false }, 'Asia/Shanghai')).toBe(false);
  });

  it('ends at 08:00 the buyer\'s time, across a DST change too', () => {
    expect(new Date(quietEnd(at('2026-11-20T15:30:00Z'), NIGHT, 'Asia/Shanghai')).toISOString()).toBe('2026-11-21T00:00:00.000Z');
    // Night of 28→29 March 2026 in Warsaw: 23:30 CET, 08:00 is CEST.
    expect(new Date(quietEnd(at('2026-03-28T22:30:00Z'), NIGHT, 'Europe/Warsaw')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });

  it('does not hold a reminder whose deadline comes before quiet hours end', () => {
    const due = at('2026-11-20T16:00:00Z'); // 00:00 Shanghai
    expect(deliverAt(due, at('2026-11-20T20:00:00Z'), NIGHT, 'Asia/Shanghai')).toBe(due);
    expect(deliverAt(due, at('2026-11-21T03:00:00Z'), NIGHT, 'Asia/Shanghai')).toBe(at('2026-11-21T00:00:00Z'));
  });
});
