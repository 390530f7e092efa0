import { describe, expect, it } from 'vitest';
import { normaliseAmount, parseMoney } from '../../../src/marketplaces/common/money';

describe('parseMoney', () => {
  const cases: [string, string, string][] = [
    ['Total:US $1.99', '1.99', 'USD'],
    ['US $26.70', '26.70', 'USD'],
    ['US$26.70', '26.70', 'USD'],
    ['US $ 26.70', '26.70', 'USD'],
    ['US $26.70x1', '26.70', 'USD'],
    ['US $26.70 1 item', '26.70', 'USD'],
    ['US $1,234.56', '1234.56', 'USD'],
    ['USD 12', '12', 'USD'],
    ['PLN 105,99', '105.99', 'PLN'],
    ['105,99 zł', '105.99', 'PLN'],
    ['Razem: 1 249,00 zł', '1249.00', 'PLN'],
    ['1 234,56 ₽', '1234.56', 'RUB'],
    ['RUB 799,00', '799.00', 'RUB'],
    ['2 599 ₽', '2599', 'RUB'],
    ['2 599 руб.', '2599', 'RUB'],
    ['26,70 €', '26.70', 'EUR'],
    ['€ 3,05', '3.05', 'EUR'],
    ['€3.05', '3.05', 'EUR'],
    ['1.049,00 €', '1049.00', 'EUR'],
    ['EUR 8,40', '8.40', 'EUR'],
    ['£4.20', '4.20', 'GBP'],
    ['CA $5.00', '5.00', 'CAD'],
    ['AU $5.00', '5.00', 'AUD'],
    ['R$ 49,90', '49.90', 'BRL'],
    ['1\u00a0234,56\u00a0₽', '1234.56', 'RUB'],
  ];
  it.each(cases)('%s → %s %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  // A bare "$" is USD, CAD or AUD depending on the host: not guessed.
  it.each(['', 'Total', 'US $', '26.70', '$26.70', 'Total: —', 'USDT 5', 'zł'])('%j → null', (text) => {
    expect(parseMoney(text)).toBeNull();
  });
});

describe('normaliseAmount', () => {
  it.each([
    ['26.70', '26.70'], ['105,99', '105.99'], ['1 234,56', '1234.56'], ['1,234.56', '1234.56'],
    ['1.234,56', '1234.56'], ['1,234', '1234'], ['1.234.567', '1234567'], ['7', '7'], ['1,5', '1.5'],
  ])('%s → %s', (raw, amount) => {
    expect(normaliseAmount(raw)).toBe(amount);
  });

  it.each(['', 'abc', '1.23.45', '1,2,3', '12-50'])('%j → null', (raw) => {
    expect(normaliseAmount(raw)).toBeNull();
  });
});
