// The demo pages were written as a buyer would have seen them on DEMO_AS_OF. Served as they are, their
// clocks would run out a few days later and the demo would show nothing but overdue orders. So whoever
// serves them (`npm start`, the end-to-end tests) moves every date on the page forward by the whole days
// that have passed since then: each order keeps its age, each clock keeps its time left (to within a day),
// and the page's own countdowns ("还剩2天4时") need no change. Wall-clock times stay as written, so a date
// moves in the page's own calendar, as a buyer in the page's zone would see it.

/** The moment the demo pages show, as written. */
export const DEMO_AS_OF = Date.UTC(2026, 10, 22, 12, 0, 0);
/** The AliExpress pages as served in 2026 were written as of this moment instead. */
export const AE_2026_AS_OF = Date.UTC(2026, 8, 2, 12, 0, 0);

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whole days from asOf to now: never negative, so a slow clock shows the pages as written. */
export function demoShiftDays(now = Date.now(), asOf = DEMO_AS_OF) {
  return Math.max(0, Math.floor((now - asOf) / DAY));
}

/** A calendar date moved by whole days: [year, month 1–12, day]. */
function addDays(year, month, day, days) {
  const d = new Date(Date.UTC(year, month - 1, day) + days * DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const pad = (n) => String(n).padStart(2, '0');

// Each pattern is a date format the demo pages use. The digit guards keep order ids (19 digits) and
// prices out; a 13-digit number is an epoch in milliseconds (Tmall's inline data).
const FORMATS = [
  {
    // 2026-11-16, 2026/11/16 (a time after it stays as written)
    re: /(?<!\d)(20\d\d)([-/])(\d\d)\2(\d\d)(?!\d)/g,
    shift: (days, [, y, sep, m, d]) => {
      const [yy, mm, dd] = addDays(+y, +m, +d, days);
      return `${yy}${sep}${pad(mm)}${sep}${pad(dd)}`;
    },
  },
  {
    // 2026年11月16日
    re: /(?<!\d)(20\d\d)年(\d{1,2})月(\d{1,2})日/g,
    shift: (days, [, y, m, d]) => {
      const [yy, mm, dd] = addDays(+y, +m, +d, days);
      return `${yy}年${mm}月${dd}日`;
    },
  },
  {
    // 11月16日 with no year: moved within the year the demo pages were written in
    re: /(?<![\d年])(\d{1,2})月(\d{1,2})日/g,
    shift: (days, [, m, d]) => {
      const [, mm, dd] = addDays(new Date(DEMO_AS_OF).getUTCFullYear(), +m, +d, days);
      return `${mm}月${dd}日`;
    },
  },
  {
    // Nov 16, 2026
    re: new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2}), (20\\d\\d)\\b`, 'g'),
    shift: (days, [, mon, d, y]) => {
      const [yy, mm, dd] = addDays(+y, MONTHS.indexOf(mon) + 1, +d, days);
      return `${MONTHS[mm - 1]} ${dd}, ${yy}`;
    },
  },
  {
    // epoch milliseconds, 2020–2033
    re: /(?<!\d)1[6-9]\d{11}(?!\d)/g,
    shift: (days, [ms]) => String(Number(ms) + days * DAY),
  },
];

/** The page's text with every date moved forward by `days` whole days. */
export function shiftDates(html, days) {
  if (days === 0) return html;
  return FORMATS.reduce((text, { re, shift }) => text.replace(re, (...match) => shift(days, match)), html);
}

/**
 * Where a wall-clock time written on a demo page (`2026-11-16T14:30`, seconds optional, in `zone`) stands once served on
 * `now`: as ISO with the zone's offset on the served day, the way the readers write events.
 */
export function servedIso(wall, zone, now = Date.now(), asOf = DEMO_AS_OF) {
  const [date, time] = wall.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [yy, mm, dd] = addDays(y, m, d, demoShiftDays(now, asOf));
  const [hh, mi, ss = 0] = time.split(':').map(Number);
  const guess = Date.UTC(yy, mm - 1, dd, hh, mi, ss);
  const offset = offsetMinutes(guess - offsetMinutes(guess, zone) * 60_000, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${yy}-${pad(mm)}-${pad(dd)}T${pad(hh)}:${pad(mi)}:${pad(ss)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The zone's offset from UTC at an instant, in minutes. */
function offsetMinutes(instant, zone) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}
