// Every row is well-formed data with its source; each table holds every clock of rules.md for its
// marketplace, with the figures other sources give, and labels its buttons in the page's language.
import { describe, expect, it } from 'vitest';
import { ON_EXPIRY, RULES, TABLES, allLabels, assess, ruleById, ruleNote, type Rule } from '../../src/rules';
import { ACTION_IDS, ACTORS, CLOCK_IDS, CONFIDENCES, EVENT_NAMES, MARKETPLACES, STAGES, type EventName } from '../../src/rules/model';
import { DAY_MS, order } from './orders';

describe('every rule row', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s is well-formed', (_id, rule) => {
    expect(rule.source.trim()).not.toBe('');
    expect(CONFIDENCES.filter((c) => c !== 'page')).toContain(rule.confidence);
    expect(rule.marketplaces.length).toBeGreaterThan(0);
    for (const m of rule.marketplaces) expect(MARKETPLACES).toContain(m);
    expect(rule.stages.length).toBeGreaterThan(0);
    for (const s of rule.stages) expect(STAGES).toContain(s);
    for (const e of [rule.start ?? [], rule.requires ?? []].flat()) expect(EVENT_NAMES).toContain(e);
    for (const alt of rule.alternatives ?? []) expect(alt.text.trim()).not.toBe('');
    if (rule.kind === 'earliest') {
      for (const a of rule.suppresses) expect(ACTION_IDS).toContain(a);
      return;
    }
    if (rule.kind === 'path') {
      expect(rule.steps.length + (rule.notes?.length ?? 0)).toBeGreaterThan(0);
      for (const step of rule.steps) expect(ACTION_IDS).toContain(step.action);
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

  it('lets two clock rows share a clock in a stage of a marketplace only when conditions split the cases', () => {
    // Which case applies is decided by `when`; the sweep below proves the split leaves no gap or overlap.
    const groups = new Map<string, Rule[]>();
    for (const rule of RULES) {
      if (rule.kind !== 'clock') continue;
      for (const m of rule.marketplaces) for (const s of rule.stages) {
        const key = `${m}/${s}/${rule.clock}`;
        groups.set(key, [...(groups.get(key) ?? []), rule]);
      }
    }
    for (const [key, rows] of groups) {
      if (rows.length > 1) for (const rule of rows) expect(rule.when?.length, `${key}: ${rule.id}`).toBeGreaterThan(0);
    }
  });

  it('gives a page countdown to exactly one row, whatever the events and the moment', () => {
    // Every event a condition looks at, absent or at a set of days after a start, around each bound.
    const BASE = Date.parse('2025-11-03T14:20:00+08:00');
    const offsets = [undefined, 0, 5, 8, 8 + 1 / 86_400, 12, 28, 28 + 1 / 86_400, 29];
    const iso = (days: number) => new Date(BASE + days * DAY_MS).toISOString();
    const conditional = RULES.filter((r) => r.kind === 'clock' && r.when?.length);
    for (const rule of conditional) {
      if (rule.kind !== 'clock') continue;
      const events = [...new Set((rule.when ?? []).flatMap((c) => ('gap' in c ? c.gap : 'has' in c ? [c.has] : 'lacks' in c ? [c.lacks] : [])))];
      const combos = events.reduce<Partial<Record<EventName, string>>[]>((acc, e) =>
        acc.flatMap((ev) => offsets.map((d) => (d === undefined ? ev : { ...ev, [e]: iso(d) }))), [{}]);
      for (const stage of rule.stages) for (const events of combos) for (const now of [1, 9, 20, 30, 40]) {
        const o = order({
          marketplace: rule.marketplaces[0], stage, events,
          pageClocks: [{ clock: rule.clock, endsAt: iso(60), text: 'countdown' }],
          // A row that runs only on goods the page marks is swept on marked goods.
          ...(rule.when?.some((c) => 'marked' in c) ? { freeReturn: true as const } : {}),
        });
        const timers = assess(o, new Date(BASE + now * DAY_MS)).timers.filter((t) => t.clock === rule.clock);
        expect(timers, `${rule.id} ${stage} ${JSON.stringify(events)} day ${now}`).toHaveLength(1);
      }
    }
  });
});

describe('the AliExpress table', () => {
  const rows = TABLES.aliexpress ?? [];

  it('holds every AliExpress clock of rules.md', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'ae-payment', 'ae-payment-check', 'ae-ship', 'ae-cancel-response', 'ae-refund-arrival', 'ae-protection',
      'ae-protection-after-cancel', 'ae-protection-delivered', 'ae-dispute-window', 'ae-free-return',
      'ae-return-after-receipt', 'ae-delivery-guarantee', 'ae-refund-if-not-delivered', 'ae-dispute-earliest',
      'ae-dispute-response', 'ae-escalation', 'ae-return-shipping', 'ae-unpaid', 'ae-cancel-complaint', 'ae-shipped-anyway',
    ]);
  });

  it('labels every button in English, Polish, Russian and Spanish', () => {
    for (const rule of rows) {
      if (rule.kind !== 'clock') continue;
      for (const step of rule.next) {
        // Waiting for the payment check has no button at all; the 2026 pages print their return windows
        // and the delivery guarantee's coupon with no button seen for them.
        if (!step.labels) {
          expect(['ae-payment-check:wait', 'ae-free-return:request-refund', 'ae-return-after-receipt:request-refund', 'ae-delivery-guarantee:claim-coupon'])
            .toContain(`${rule.id}:${step.action}`);
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

describe('the Chinese tables', () => {
  const CHINESE = ['taobao', 'alibaba1688', 'kuaishou', 'xiaohongshu'];
  /** Tables whose rows point at a page's buttons; the app-only ones have no page to point at. */
  const ON_PAGES = ['taobao', 'alibaba1688'];
  const ids = (table: string) => (TABLES[table] ?? []).map((r) => r.id);

  it('hold every clock of rules.md for their marketplace', () => {
    expect(ids('taobao')).toEqual([
      'tb-payment', 'tb-ship', 'tb-auto-confirm', 'tb-no-reason-return', 'tb-after-sales', 'tb-price-protection',
      'tb-refund-response-unshipped', 'tb-refund-response-shipped', 'tb-revise', 'tb-return-shipping', 'tb-return-confirm',
    ]);
    expect(ids('alibaba1688')).toEqual([
      '1688-payment', '1688-auto-confirm', '1688-auto-confirm-signed-late', '1688-auto-confirm-unsigned',
      '1688-auto-confirm-never-signed', '1688-auto-confirm-page', '1688-refund-response', '1688-revise',
      '1688-return-shipping', '1688-return-confirm', '1688-before-refund', '1688-refund-open',
    ]);
    expect(ids('kuaishou')).toEqual(['ks-no-reason-return', 'ks-refund-response', 'ks-return-shipping', 'ks-return-confirm', 'ks-seller-refuses']);
    expect(ids('xiaohongshu')).toEqual([
      'xhs-payment', 'xhs-auto-confirm', 'xhs-refund-response', 'xhs-return-confirm', 'xhs-no-reason-return',
      'xhs-before-return', 'xhs-delivery', 'xhs-refused',
    ]);
    for (const rule of TABLES.taobao ?? []) expect(rule.marketplaces).toEqual(['taobao', 'tmall']);
  });

  it('label buttons in Chinese (then their machine translations), and every step on a page that has a button names it', () => {
    for (const table of CHINESE) for (const rule of TABLES[table] ?? []) {
      if (rule.kind === 'earliest') continue;
      for (const step of rule.kind === 'clock' ? rule.next : rule.steps) {
        if (!step.labels) {
          // A step with no button: waiting, or talking to the seller, which needs none of the page's.
          if (ON_PAGES.includes(table)) expect(['wait', 'contact-seller'], rule.id).toContain(step.action);
          continue;
        }
        expect(Object.keys(step.labels), rule.id).toEqual(['zh', 'zh-translated']);
        expect(step.labels.zh?.length, rule.id).toBeGreaterThan(0);
        // Han text, or the consumer hotline's number (12315).
        for (const label of step.labels.zh ?? []) expect(label, rule.id).toMatch(/^(\p{Script=Han}+|12315)$/u);
        // Chinese first: the sentence names the page's own word; translations only help find the button.
        for (const label of step.labels['zh-translated'] ?? []) expect(label, rule.id).toMatch(/^[\x20-\x7e]+$/);
      }
    }
  });

  it('list the other figures wherever rules.md gives them', () => {
    const withAlternatives = CHINESE.flatMap((t) => TABLES[t] ?? []).filter((r) => r.alternatives?.length).map((r) => r.id);
    expect(withAlternatives).toEqual([
      'tb-payment', 'tb-ship', 'tb-auto-confirm', 'tb-refund-response-unshipped', 'tb-refund-response-shipped',
      'tb-return-confirm', '1688-payment', '1688-auto-confirm', '1688-auto-confirm-unsigned', '1688-refund-response',
      'ks-return-shipping', 'ks-return-confirm', 'xhs-auto-confirm', 'xhs-refund-response',
    ]);
  });

  it('offer the platform\'s help where a seller\'s run-out clock settles nothing by itself', () => {
    // The refund clocks of the seller end with the buyer's step where nothing happens by itself.
    const escalating = RULES.filter((r) => r.kind === 'clock' && r.onExpiry === 'buyer-may-escalate');
    expect(escalating.map((r) => r.id)).toEqual(['1688-refund-response', '1688-return-confirm', 'ks-refund-response', 'ks-return-confirm']);
    for (const rule of escalating) {
      if (rule.kind === 'clock') {
        const late = rule.next.filter((s) => s.leftAtMost && s.leftAtMost.minutes === 0).map((s) => s.action);
        expect(late.some((a) => a === 'request-platform-help' || a === 'contact-platform-service'), rule.id).toBe(true);
      }
    }
  });
});

describe('ruleNote', () => {
  it('gives the sidebar the length, the start event this order used, and the source', () => {
    const completed = order({ stage: 'completed', events: { receivedAt: '2026-12-09T08:00:00Z' } });
    expect(ruleNote('ae-dispute-window', completed)).toEqual({
      // The 2026 pages print another window (90 days after the order was placed): sources differ, so an estimate.
      ms: 15 * 86_400_000, start: 'receivedAt', source: ruleById('ae-dispute-window')?.source, basis: 'marketplace', figure: 'estimate',
      // What the buyer reads of the source and the other figure, by message id (ui/sentences.ts says them).
      cite: ['ae-help', 'page-wins'],
      alternatives: [{ says: 'after-placed-2026', spans: [{ n: 90, unit: 'day' }], text: '90 d after the order was placed (order page, 2026)' }],
    });
    expect(ruleNote('ae-dispute-window')?.start).toBe('completedAt');
    expect(ruleNote('no-such-rule')).toBeUndefined();
  });

  it('says when the count starts at 00:00 the day after the event, as the 7-day returns do', () => {
    const signed = order({ marketplace: 'taobao', stage: 'delivered', events: { deliveredAt: '2026-11-18T15:00:00+08:00' } });
    expect(ruleNote('tb-no-reason-return', signed)).toMatchObject({ ms: 7 * DAY_MS, start: 'deliveredAt', fromNextDay: true });
    expect(ruleNote('ae-dispute-window')).not.toHaveProperty('fromNextDay');
  });
});
