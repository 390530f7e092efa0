import { describe, expect, it } from 'vitest';
import { msFromMsLeft, msFromSecondsLeft, parseCountdown } from '../../../src/marketplaces/common/countdown';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('parseCountdown', () => {
  const cases: [string, number][] = [
    ['12 days 03:22:11', 12 * D + 3 * H + 22 * M + 11 * S],
    ['Buyer protection: 12 days 03:22:11', 12 * D + 3 * H + 22 * M + 11 * S],
    ['1 day 00:00:01', D + S],
    ['5 days 04:30', 5 * D + 4 * H + 30 * M],
    ['03:22:11', 3 * H + 22 * M + 11 * S],
    ['120:00:00', 120 * H],
    ['12d 3h 22m 11s', 12 * D + 3 * H + 22 * M + 11 * S],
    ['2 days 5 hours', 2 * D + 5 * H],
    ['还剩9天10时', 9 * D + 10 * H],
    ['还剩3天23时59分', 3 * D + 23 * H + 59 * M],
    ['您还有 7天18时11分57秒 来完成', 7 * D + 18 * H + 11 * M + 57 * S],
    ['10小时', 10 * H],
    ['12 dni 03:22:11', 12 * D + 3 * H + 22 * M + 11 * S],
    ['1 dzień 2 godz.', D + 2 * H],
    ['5 dni 4 godziny 30 minut', 5 * D + 4 * H + 30 * M],
    ['12 дней 03:22:11', 12 * D + 3 * H + 22 * M + 11 * S],
    ['2 дня 3 ч 15 мин', 2 * D + 3 * H + 15 * M],
    ['1 день 5 часов', D + 5 * H],
    ['3 días 10:00:00', 3 * D + 10 * H],
    ['1 día 2 horas 3 minutos', D + 2 * H + 3 * M],
    ['0 days 00:00:00', 0],
  ];
  it.each(cases)('%s → %i ms', (text, ms) => {
    expect(parseCountdown(text)).toBe(ms);
  });

  const garbage = [
    '', 'garbage', 'Nov 12, 2024 10:23', '10:23', 'Order placed on: Nov 12, 2024', '12 Nov', '12 nov. 2024 г.',
    '12 days 25:00:00', '12 days 03:61:00', 'US $26.70', '8190000000000417',
  ];
  it.each(garbage)('%j → null', (text) => {
    expect(parseCountdown(text)).toBeNull();
  });
});

describe('counters', () => {
  it('reads seconds left (Taobao countDown) as milliseconds', () => {
    expect(msFromSecondsLeft(653139)).toBe(653_139_000);
    expect(msFromSecondsLeft('653139')).toBe(653_139_000);
    expect(msFromSecondsLeft('0')).toBe(0);
  });

  it('reads milliseconds left (legacy lefttime) as they are', () => {
    expect(msFromMsLeft('5799645229')).toBe(5_799_645_229);
    expect(msFromMsLeft(1500)).toBe(1500);
  });

  it.each(['', 'abc', '-5', '12 days', '1e3', ' ', 'NaN'])('%j is no counter', (value) => {
    expect(msFromSecondsLeft(value)).toBeNull();
    expect(msFromMsLeft(value)).toBeNull();
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('%d is no counter', (value) => {
    expect(msFromSecondsLeft(value)).toBeNull();
    expect(msFromMsLeft(value)).toBeNull();
  });
});
