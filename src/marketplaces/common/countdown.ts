// Countdowns as pages print them: "12 days 03:22:11", "还剩9天10时", "12 dni 03:22:11", "5 дней 4 ч",
// plus the raw counters some pages carry in attributes or JSON (seconds left, milliseconds left).
// Every function gives milliseconds left, or null when the text holds no countdown it can be sure of.
import { DAY, HOUR } from '../../lib/time';

const MINUTE = 60_000;
const SECOND = 1_000;

type Unit = { ms: number; rank: number };
const D: Unit = { ms: DAY, rank: 3 };
const H: Unit = { ms: HOUR, rank: 2 };
const M: Unit = { ms: MINUTE, rank: 1 };
const S: Unit = { ms: SECOND, rank: 0 };

const unitsOf = (unit: Unit, words: string) => words.split(' ').map((w) => [w, unit] as const);

// Unit words by language (en, pl, ru, es, zh). Never a month or year word: "12 Nov" or "2024 г." must not count.
const UNITS: ReadonlyMap<string, Unit> = new Map([
  ...unitsOf(D, 'd day days dzień dzien dni д дн день дня дней día dia días dias 天 日'),
  ...unitsOf(H, 'h hr hrs hour hours godz godzina godziny godzin ч час часа часов hora horas 时 時 小时 小時'),
  ...unitsOf(M, 'm min mins minute minutes minuta minuty minut мин минута минуты минут minuto minutos 分 分钟 分鐘'),
  ...unitsOf(S, 's sec secs second seconds sek sekunda sekundy sekund с сек секунда секунды секунд seg segundo segundos 秒'),
]);

// Two-character CJK units first, so 10小时 is not read as 10小 + 时.
const PART = /[\s,]*(\d{1,4})\s*(小时|小時|分钟|分鐘|[天日时時分秒]|[\p{Script=Latin}\p{Script=Cyrillic}]+)\.?/uy;
const CLOCK = /[\s,]*(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)/y;
// A bare clock is a countdown only with seconds: "10:23" alone is as likely a time of day.
const BARE_CLOCK = /(\d{1,3}):(\d{2}):(\d{2})(?!\d)/y;

function clockMs(m: RegExpExecArray, afterDays: boolean): number | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  const c = m[3] === undefined ? null : Number(m[3]);
  if (b > 59 || (c !== null && c > 59)) return null;
  // After a day count the clock is the rest of a day: 25:00:00 there is no countdown, it is noise.
  if (afterDays && a > 23) return null;
  if (c === null) return afterDays ? a * HOUR + b * MINUTE : null;
  return a * HOUR + b * MINUTE + c * SECOND;
}

/**
 * Units in descending order from `start`, then an optional hh:mm[:ss] after a day count. 'invalid'
 * when a countdown starts here but does not hold together, so no later number is read in its place.
 */
function readFrom(text: string, start: number): number | 'invalid' | null {
  let total = 0;
  let lastRank = 4;
  let pos = start;
  for (;;) {
    PART.lastIndex = pos;
    const m = PART.exec(text);
    const unit = m ? UNITS.get((m[2] ?? '').toLowerCase()) : undefined;
    if (!m || !unit || unit.rank >= lastRank) break;
    total += Number(m[1]) * unit.ms;
    lastRank = unit.rank;
    pos = PART.lastIndex;
  }
  if (lastRank === D.rank) {
    CLOCK.lastIndex = pos;
    const m = CLOCK.exec(text);
    if (m) {
      const ms = clockMs(m, true);
      if (ms === null) return 'invalid'; // a clock that is no clock: the whole countdown is in doubt
      total += ms;
    }
  }
  if (lastRank < 4) return total;
  BARE_CLOCK.lastIndex = start;
  const bare = BARE_CLOCK.exec(text);
  return bare ? clockMs(bare, false) : null;
}

/** No marketplace clock runs for years; a counter beyond this is a broken page, not a deadline. */
const LONGEST_MS = 2 * 366 * 24 * 3600 * SECOND;

const plausible = (ms: number): number | null => (ms <= LONGEST_MS ? ms : null);

/** Milliseconds left in the first countdown found in text; null when there is none. */
export function parseCountdown(text: string): number | null {
  for (let i = 0; i < text.length; i++) {
    const isStart = /\d/.test(text[i] ?? '') && !/\d/.test(text[i - 1] ?? '');
    if (!isStart) continue;
    const ms = readFrom(text, i);
    if (ms === 'invalid') return null;
    if (ms !== null) return plausible(ms);
  }
  return null;
}



function nonNegativeNumber(value: string | number): number | null {
  const n = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** A seconds-left counter (Taobao's `countDown: 653139`) in milliseconds. */
export function msFromSecondsLeft(value: string | number): number | null {
  const n = nonNegativeNumber(value);
  return n === null ? null : plausible(Math.round(n * SECOND));
}

/** A milliseconds-left counter (legacy AliExpress `lefttime="5799645229"`). */
export function msFromMsLeft(value: string | number): number | null {
  const n = nonNegativeNumber(value);
  return n === null ? null : plausible(Math.round(n));
}
