// Prices in yuan: "￥194.28", "¥47.40", "47.40" (payInfo.actualFee carries no sign; the site is in CNY).
import type { Money } from '../common/money';
import { normaliseAmount } from '../common/money';

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?![\d.])`;
const WHOLE = new RegExp(String.raw`^\s*[￥¥]?\s*${NUMBER}\s*(?:元)?\s*$`);
const SIGNED = new RegExp(String.raw`[￥¥]\s*${NUMBER}`);

const cny = (raw: string | undefined): Money | null => {
  const amount = raw ? normaliseAmount(raw) : null;
  return amount === null ? null : { amount, currency: 'CNY' };
};

/** A data field that is a price and nothing else ("47.40", "￥47.40"); null otherwise. */
export function yuanValue(value: string | null | undefined): Money | null {
  return value ? cny(WHOLE.exec(value)?.[1]) : null;
}

/** The first price after a yuan sign in page text ("实付款 ￥194.28"); null when there is none. */
export function yuanInText(text: string | null | undefined): Money | null {
  return text ? cny(SIGNED.exec(text)?.[1]) : null;
}
