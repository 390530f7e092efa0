import { describe, expect, it } from 'vitest';
import { LANGUAGES, stageOf, trackingStageOf } from '../../../src/marketplaces/aliexpress/words';
import { textKey } from '../../../src/marketplaces/common/text';
import type { Stage } from '../../../src/rules/model';

// design.md's AliExpress column: every stage AliExpress has (refund-refused has no AliExpress wording).
const ALIEXPRESS_STAGES: Stage[] = [
  'awaiting-payment', 'payment-verifying', 'awaiting-shipment', 'cancel-requested', 'shipped', 'delivered',
  'refund-requested', 'return-awaiting-buyer', 'return-shipped', 'dispute-open', 'completed', 'closed', 'refunded',
];

describe('AliExpress vocabulary', () => {
  it.each(Object.entries(LANGUAGES))('%s names every AliExpress stage', (_, words) => {
    expect(new Set(Object.values(words.stages))).toEqual(new Set(ALIEXPRESS_STAGES));
  });

  it('never gives one printed word two meanings across languages, so the page language need not be known', () => {
    for (const pick of [(w: (typeof LANGUAGES)[string]) => w.stages, (w: (typeof LANGUAGES)[string]) => w.events, (w: (typeof LANGUAGES)[string]) => w.tracking]) {
      const seen = new Map<string, string>();
      for (const words of Object.values(LANGUAGES)) {
        for (const [text, meaning] of Object.entries(pick(words))) {
          const key = textKey(text);
          expect(seen.get(key) ?? meaning, text).toBe(meaning);
          seen.set(key, meaning);
        }
      }
    }
  });

  it.each([
    ['Awaiting delivery', 'shipped'], ['AWAITING SHIPMENT', 'awaiting-shipment'], ['  Awaiting\n cancellation ', 'cancel-requested'],
    ['Завершён', 'completed'], ['Завершен', 'completed'], ['Oczekująca wysyłka', 'awaiting-shipment'], ['Disputa en curso', 'dispute-open'],
  ] as const)('%j → %s', (text, stage) => {
    expect(stageOf(text)).toBe(stage);
  });

  it.each(Object.entries(LANGUAGES))('%s words every 2026 promise, each window with one day count', (_, words) => {
    for (const list of [words.listDate, words.estimatedDelivery, words.guaranteeBefore, words.guaranteeUndated, words.freeReturnMark]) {
      expect(list.length).toBeGreaterThan(0);
    }
    for (const phrases of Object.values(words.windows)) {
      expect(phrases.length).toBeGreaterThan(0);
      for (const phrase of phrases) expect(phrase.split('{n}'), phrase).toHaveLength(2);
    }
  });

  it('does not guess from part of a sentence', () => {
    expect(stageOf('Awaiting delivery soon')).toBeNull();
    expect(stageOf('')).toBeNull();
    expect(trackingStageOf('Completed')).toBeNull();
    expect(trackingStageOf('In transit')).toBe('shipped');
  });
});
