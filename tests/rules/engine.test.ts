// Row semantics the engine must honour for any table, shown on made-up rows, plus the house rules
// that keep it small and pure.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessWith } from '../../src/rules/engine';
import type { ClockRule, Rule } from '../../src/rules/rule';
import { MARKETPLACES } from '../../src/rules/model';
import { order } from './orders';

const row = (over: Partial<ClockRule>): ClockRule => ({
  kind: 'clock', id: 'x-row', title: 'made up', marketplaces: ['xiaohongshu'], clock: 'auto-confirm', stages: ['shipped'],
  start: 'shippedAt', duration: { days: 12 }, actor: 'buyer', onExpiry: 'receipt-confirmed',
  next: [{ action: 'confirm-receipt', labels: { zh: ['确认收货'], en: ['Confirm receipt'] } }],
  source: 'made up', cite: [], confidence: 'official', ...over,
});
const shipped = order({ marketplace: 'xiaohongshu', stage: 'shipped', events: { shippedAt: '2026-11-08T03:44:47+08:00' } });
const NOW = new Date('2026-11-09T00:00:00+08:00');

describe('engine semantics', () => {
  it('takes the first start event the order has', () => {
    const rules = [row({ start: ['deliveredAt', 'shippedAt'] })];
    expect(assessWith(rules, shipped, NOW).timers[0]?.endsAt).toBe('2026-11-20T03:44:47+08:00');
    const both = { ...shipped, events: { ...shipped.events, deliveredAt: '2026-11-10T00:00:00+08:00' } };
    expect(assessWith(rules, both, NOW).timers[0]?.endsAt).toBe('2026-11-22T00:00:00+08:00');
  });

  it('adds hours as well as days, keeping the start event\'s offset', () => {
    const rules = [row({ duration: { hours: 30, minutes: 15 } })];
    expect(assessWith(rules, shipped, NOW).timers[0]?.endsAt).toBe('2026-11-09T09:59:47+08:00');
  });

  it('never computes a page-clock-only row, but shows its page clock', () => {
    const rules = [row({ clock: 'price-protection', duration: undefined })];
    expect(assessWith(rules, shipped, NOW).timers).toEqual([]);
    const withClock = { ...shipped, pageClocks: [{ clock: 'price-protection' as const, endsAt: '2026-11-29T23:59:59+08:00', text: '价保期' }] };
    expect(assessWith(rules, withClock, NOW).timers).toMatchObject([{ from: 'page', endsAt: '2026-11-29T23:59:59+08:00' }]);
  });

  it('needs every required event for arithmetic', () => {
    const rules = [row({ requires: ['paidAt'] })];
    expect(assessWith(rules, shipped, NOW).timers).toEqual([]);
    const paid = { ...shipped, events: { ...shipped.events, paidAt: '2026-11-07T00:00:00+08:00' } };
    expect(assessWith(rules, paid, NOW).timers).toHaveLength(1);
  });

  it('ignores page clocks no row of the stage runs', () => {
    const withClock = { ...shipped, pageClocks: [{ clock: 'payment' as const, endsAt: '2026-11-29T23:59:59+08:00', text: '?' }] };
    expect(assessWith([row({})], withClock, NOW).timers.map((t) => t.clock)).toEqual(['auto-confirm']);
  });

  it('prefers a running buyer clock to a sooner clock of the seller', () => {
    const rules: Rule[] = [
      row({ id: 'x-seller', clock: 'refund-response', actor: 'seller', duration: { days: 1 }, next: [{ action: 'wait' }] }),
      row({ id: 'x-buyer' }),
    ];
    const a = assessWith(rules, shipped, NOW);
    expect(a.timers.map((t) => t.ruleId)).toEqual(['x-seller', 'x-buyer']);
    expect(a.next).toMatchObject({ action: 'confirm-receipt', labels: ['确认收货', 'Confirm receipt'] });
  });

  it('matches the page\'s buttons ignoring case and spacing, and returns the table\'s spelling', () => {
    const page = { ...shipped, buttons: ['  CONFIRM   receipt '] };
    expect(assessWith([row({})], page, NOW).next?.labels).toEqual(['Confirm receipt']);
  });

  it('never throws on a broken clock: no timer, no next', () => {
    expect(assessWith([row({})], shipped, new Date(Number.NaN))).toMatchObject({ next: null });
    const broken = { ...shipped, events: { shippedAt: '2026-13-45T99:00:00+08:00' } };
    expect(assessWith([row({})], broken, NOW)).toEqual({ stage: 'shipped', timers: [], next: null, urgent: null });
  });
});

describe('the engine stays small and pure', () => {
  it('knows no marketplace by name', () => {
    const text = readFileSync('src/rules/engine.ts', 'utf8').toLowerCase();
    const names = [...MARKETPLACES, 'aliexpress', 'tmall', 'alibaba', 'ae-'];
    expect(names.filter((name) => text.includes(name))).toEqual([]);
  });

  it('reads no clock and touches no browser API anywhere in src/rules', () => {
    const files = readdirSync('src/rules', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(`src/rules/${file}`, 'utf8');
      expect(text, file).not.toMatch(/new Date\(|Date\.now\(|\bbrowser\.|\bchrome\.|\bdocument\.|\bwindow\./);
    }
  });
});
