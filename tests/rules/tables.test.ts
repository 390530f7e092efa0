// Every row is well-formed data with its source; the AliExpress table holds every clock of rules.md.
import { describe, expect, it } from 'vitest';
import { ON_EXPIRY, RULES, TABLES, allLabels, ruleById, ruleNote } from '../../src/rules';
import { ACTION_IDS, ACTORS, CLOCK_IDS, CONFIDENCES, EVENT_NAMES, MARKETPLACES, STAGES } from '../../src/rules/model';
import { order } from './orders';

describe('every rule row', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s is well-formed', (_id, rule) => {
    expect(rule.source.trim()).not.toBe('');
    expect(CONFIDENCES.filter((c) => c !== 'page')).toContain(rule.confidence);
    expect(rule.marketplaces.length).toBeGreaterThan(0);
    for (const m of rule.marketplaces) expect(MARKETPLACES).toContain(m);
    expect(rule.stages.length).toBeGreaterThan(0);
    for (const s of rule.stages) expect(STAGES).toContain(s);
    for (const e of [rule.start, rule.requires ?? []].flat()) expect(EVENT_NAMES).toContain(e);
    for (const alt of rule.alternatives ?? []) expect(alt.trim()).not.toBe('');
    if (rule.kind === 'earliest') {
      for (const a of rule.suppresses) expect(ACTION_IDS).toContain(a);
      return;
    }
    expect(CLOCK_IDS).toContain(rule.clock);
    expect(ACTORS).toContain(rule.actor);
    expect(ON_EXPIRY).toContain(rule.onExpiry);
    expect(rule.next.length).toBeGreaterThan(0);
    for (const step of rule.next) expect(ACTION_IDS).toContain(step.action);
  });

  it('has a unique id that ruleById finds', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) expect(ruleById(rule.id)).toBe(rule);
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('never lets two clock rows with the same clock run in the same stage of a marketplace', () => {
    const seen = new Set<string>();
    for (const rule of RULES) {
      if (rule.kind !== 'clock') continue;
      for (const m of rule.marketplaces) for (const s of rule.stages) {
        const key = `${m}/${s}/${rule.clock}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });
});

describe('the AliExpress table', () => {
  const rows = TABLES.aliexpress ?? [];

  it('holds every AliExpress clock of rules.md', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'ae-payment', 'ae-payment-check', 'ae-ship', 'ae-cancel-response', 'ae-refund-arrival', 'ae-protection',
      'ae-protection-delivered', 'ae-dispute-window', 'ae-dispute-earliest', 'ae-dispute-response', 'ae-escalation',
      'ae-return-shipping',
    ]);
  });

  it('labels every button in English, Polish, Russian and Spanish', () => {
    for (const rule of rows) {
      if (rule.kind !== 'clock') continue;
      for (const step of rule.next) {
        // Only waiting for the payment check has no button at all.
        if (!step.labels) {
          expect(`${rule.id}:${step.action}`).toBe('ae-payment-check:wait');
          continue;
        }
        expect(Object.keys(step.labels), rule.id).toEqual(['en', 'pl', 'ru', 'es']);
        for (const labels of Object.values(step.labels)) expect(labels.length, rule.id).toBeGreaterThan(0);
        expect(allLabels(step.labels)[0]).toBe(step.labels.en?.[0]);
      }
    }
  });

  it('keeps the page readers\' quoted translations', () => {
    const labelsOf = (id: string) => {
      const rule = ruleById(id);
      return rule?.kind === 'clock' ? rule.next.flatMap((s) => allLabels(s.labels)) : [];
    };
    expect(labelsOf('ae-protection')).toEqual(expect.arrayContaining([
      'Open dispute', 'Otwórz spór', 'Открыть спор', 'Abrir disputa',
      'Confirm received', 'Potwierdź odbiór zamówienia', 'Подтвердить получение товара', 'Extend time',
    ]));
    expect(labelsOf('ae-payment')).toContain('Pay now');
    expect(labelsOf('ae-cancel-response')[0]).toBe('Contact seller');
  });
});

describe('ruleNote', () => {
  it('gives the sidebar the length, the start event this order used, and the source', () => {
    const completed = order({ stage: 'completed', events: { receivedAt: '2026-12-09T08:00:00Z' } });
    expect(ruleNote('ae-dispute-window', completed)).toEqual({ ms: 15 * 86_400_000, start: 'receivedAt', source: ruleById('ae-dispute-window')?.source });
    expect(ruleNote('ae-dispute-window')?.start).toBe('completedAt');
    expect(ruleNote('no-such-rule')).toBeUndefined();
  });
});
