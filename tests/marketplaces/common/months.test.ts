import { describe, expect, it } from 'vitest';
import { MONTH_TABLES, monthNumber } from '../../../src/marketplaces/common/months';

describe('month tables', () => {
  it('never disagree on a word two languages share, so no language detection is needed', () => {
    const seen = new Map<string, number>();
    for (const table of Object.values(MONTH_TABLES)) {
      for (const [word, month] of Object.entries(table)) {
        expect(seen.get(word) ?? month, word).toBe(month);
        seen.set(word, month);
      }
    }
  });

  it('name all twelve months in every language', () => {
    for (const [lang, table] of Object.entries(MONTH_TABLES)) {
      expect(new Set(Object.values(table)), lang).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    }
  });

  it.each([['Nov', 11], ['nov.', 11], ['NOVEMBER', 11], ['lis', 11], ['нояб.', 11], ['ноября', 11], ['paź', 10], ['sept', 9], ['dic', 12], ['mayo', 5]] as const)(
    '%s → %i', (word, month) => {
      expect(monthNumber(word)).toBe(month);
    });

  it.each(['', 'Smarch', 'days', 'г', 'de'])('%j → null', (word) => {
    expect(monthNumber(word)).toBeNull();
  });
});
