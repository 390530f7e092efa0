// Prices as order pages print them: "US $26.70", "PLN 105,99", "105,99 zł", "1 234,56 ₽", "€ 3,05".
// Pages may split every digit into its own <span>, so callers pass textContent, never a single node's text.

export type Money = { amount: string; currency: string };

// Longest first so "US $" wins over a shorter token inside it. A bare "$" is not here on purpose:
// it is USD on one host and CAD or AUD on another, and a reader does not guess.
const CURRENCY_TOKENS: readonly (readonly [string, string])[] = [
  ['US $', 'USD'], ['US$', 'USD'], ['USD', 'USD'], ['CA $', 'CAD'], ['CA$', 'CAD'], ['CAD', 'CAD'],
  ['AU $', 'AUD'], ['AU$', 'AUD'], ['AUD', 'AUD'], ['C$', 'CAD'], ['A$', 'AUD'], ['R$', 'BRL'], ['BRL', 'BRL'],
  ['€', 'EUR'], ['EUR', 'EUR'], ['zł', 'PLN'], ['PLN', 'PLN'], ['₽', 'RUB'], ['RUB', 'RUB'], ['руб', 'RUB'],
  ['£', 'GBP'], ['GBP', 'GBP'],
];

// Thousands groups of exactly three digits, then an optional one- or two-digit decimal part, so
// "US $26.70 1 item" stops at 26.70 instead of swallowing the quantity.
const NUMBER = String.raw`(?:\d{1,3}(?:[\s.,']\d{3})+|\d+)(?:[.,]\d{1,2})?(?!\d)`;
const NUMBER_AFTER = new RegExp(String.raw`^\s*(${NUMBER})`, 'u');
const NUMBER_BEFORE = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s*$`, 'u');

function findCurrency(text: string): { code: string; start: number; end: number } | null {
  for (const [token, code] of CURRENCY_TOKENS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(token, from);
      if (start < 0) break;
      const end = start + token.length;
      // A letter code must stand alone ("USD" in "USDT" is not a currency); руб is the exception, an
      // abbreviation that the page may write out in full (руб., рубля, рублей).
      const before = /\p{L}/u.test(text[start - 1] ?? '');
      const after = token !== 'руб' && /\p{L}$/u.test(token) && /\p{L}/u.test(text[end] ?? '');
      const glued = before || after;
      if (!glued) return { code, start, end };
      from = end;
    }
  }
  return null;
}

/** "1 234,56" → "1234.56", "1,234.56" → "1234.56", "1,234" → "1234"; null when it is not a price. */
export function normaliseAmount(raw: string): string | null {
  // One or two digits after the last separator are a decimal part; three are a thousands group.
  const m = /^(.*?)(?:[.,](\d{1,2}))?$/u.exec(raw.replace(/[\s']/gu, ''));
  const whole = (m?.[1] ?? '').replace(/[.,](?=\d{3}(?:[.,]|$))/g, '');
  const fraction = m?.[2];
  if (!/^\d+$/.test(whole)) return null;
  return fraction === undefined ? whole : `${whole}.${fraction}`;
}

/** The price next to the first currency sign or code in text; null when either is missing. */
export function parseMoney(text: string): Money | null {
  const currency = findCurrency(text);
  if (!currency) return null;
  const after = NUMBER_AFTER.exec(text.slice(currency.end));
  const before = after ? null : NUMBER_BEFORE.exec(text.slice(0, currency.start));
  const raw = after?.[1] ?? before?.[1];
  if (raw === undefined) return null;
  const amount = normaliseAmount(raw);
  return amount === null ? null : { amount, currency: currency.code };
}
