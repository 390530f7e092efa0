// Never late, as a rule of the engine: where the stage says an event happened but the page gives no
// date, each clock ends at the earliest deadline any date of that event would give, and says so.
import { describe, expect, it } from 'vitest';
import { RULES, assess } from '../../src/rules';
import { STAGE_IMPLIES } from '../../src/rules/rule';
import type { EventName, Marketplace, OrderSnapshot, Stage } from '../../src/rules/model';
import { at, DAY_MS, order } from './orders';

const BASE = Date.parse('2025-11-03T14:20:00+08:00');
const iso = (days: number) => new Date(BASE + days * DAY_MS).toISOString().replace('.000Z', 'Z');

describe('never late', () => {
  it('1688, signed for without a time: on day 9 the trade completes at shipping + 10 d at the latest', () => {
    const shipped = '2026-11-01T09:30:00+08:00';
    const signed = order({ marketplace: '1688', stage: 'delivered', statusText: '已签收', events: { shippedAt: shipped }, buttons: ['确认收货', '申请退款'] });
    const day9 = at(signed, '2026-11-10T09:30:00+08:00');
    expect(day9.timers).toEqual([expect.objectContaining({
      clock: 'auto-confirm', actor: 'buyer', endsAt: '2026-11-11T09:30:00+08:00', earliest: { event: 'deliveredAt', why: 'no-date' },
    })]);
    // With a day left, asking for the refund is the step that cannot wait (confirming pays the seller).
    expect(day9.next).toEqual({ action: 'request-refund', labels: ['申请退款'], deadline: '2026-11-11T09:30:00+08:00' });
    expect(day9.urgent).toEqual({ clock: 'auto-confirm', ruleId: '1688-auto-confirm', reason: 'soonest' });
    // Within 8 days of shipping the case is certain (signed in time: shipping + 10 d), and says nothing more.
    expect(at(signed, '2026-11-05T00:00:00+08:00').timers[0]).not.toHaveProperty('earliest');
  });

  it('says a start known only to the day gives the earliest deadline', () => {
    const ae = order({ stage: 'completed', events: { completedAt: '2026-11-02T00:00:00-08:00' }, approximate: ['completedAt'] });
    expect(at(ae, '2026-11-03T00:00:00Z').timers[0]).toMatchObject({ endsAt: '2026-11-17T00:00:00-08:00', earliest: { event: 'completedAt', why: 'day-only' } });
  });

  // Every table, every stage that implies events, every clock: with one implied event undated, the
  // engine's deadline is no later than the deadline any date of that event would give.
  const cases: [Marketplace, Stage][] = [];
  for (const rule of RULES) for (const m of rule.marketplaces) for (const s of rule.stages) {
    if (STAGE_IMPLIES[s] && !cases.some(([cm, cs]) => cm === m && cs === s)) cases.push([m, s]);
  }

  it.each(cases)('%s in %s: no undated event makes a clock late', (marketplace, stage) => {
    const implied = STAGE_IMPLIES[stage]!;
    const offsets = [0, 1, 5, 8, 8 + 1 / 86_400, 9, 12, 28, 28 + 1 / 86_400, 29, 35];
    let checked = 0;
    for (const now of [1, 9, 20, 30, 40]) {
      const nowDate = new Date(BASE + now * DAY_MS);
      for (const [i, missing] of implied.entries()) {
        // The events before the missing one are dated at BASE; the missing one could be any day up to now.
        const known: Partial<Record<EventName, string>> = Object.fromEntries(implied.slice(0, i).map((e) => [e, iso(0)]));
        const base: OrderSnapshot = order({ marketplace, stage, events: known });
        const undated = assess(base, nowDate);
        const possible = offsets.filter((d) => d <= now).map((d) => {
          const later = Object.fromEntries(implied.slice(i + 1).map((e) => [e, iso(d)]));
          return assess({ ...base, events: { ...base.events, [missing]: iso(d), ...later } }, nowDate);
        });
        for (const timer of undated.timers) {
          const real = possible.flatMap((a) => a.timers.filter((t) => t.clock === timer.clock)).map((t) => Date.parse(t.endsAt));
          if (real.length === 0) continue;
          expect(Date.parse(timer.endsAt), `${marketplace} ${stage} ${timer.ruleId} without ${missing}, day ${now}`)
            .toBeLessThanOrEqual(Math.min(...real));
          checked++;
        }
        // With the event before it dated, every clock some date would run is there, at its earliest.
        if (i > 0) {
          const clocks = new Set(possible.flatMap((a) => a.timers.map((t) => t.clock)));
          expect(new Set(undated.timers.map((t) => t.clock)), `${marketplace} ${stage} without ${missing}, day ${now}`).toEqual(clocks);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
