// 1688 prices are always yuan: "¥1,250.00", "￥68.00", "68.00元". The common parser leaves a bare ¥ alone
// (it is also the yen), so 1688 reads its own, knowing the currency is CNY.
import { normaliseAmount, type Money } from '../common/money';

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)(?![\d,]|\.\d)`;
const SIGN_FIRST = new RegExp(String.raw`[¥￥]\s*${NUMBER}`);
const YUAN_AFTER = new RegExp(String.raw`(?<![\d.,])${NUMBER}\s*元`);

/** The first yuan amount in text (after ¥/￥ or before 元); null when there is none. */
export function cnyIn(text: string): Money | null {
  const m = SIGN_FIRST.exec(text) ?? YUAN_AFTER.exec(text);
  const amount = m?.[1] === undefined ? null : normaliseAmount(m[1]);
  return amount === null ? null : { amount, currency: 'CNY' };
}
