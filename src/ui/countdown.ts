// The time left as the buyer should read it. A page's own countdown ("还剩2天4时") is shown as the page
// shows it while it is fresh: counted down from the moment it was read, "2 d 4 h" would read "2 d 3 h" a
// second later and disagree with the page in front of the buyer for the rest of the hour.
import type { PageClock, Timer } from '../rules/model';
import { DAY, HOUR, isoToMs } from '../lib/time';

const MINUTE = 60_000;
const SECOND = 1000;

/** The smallest unit formatSpan shows for a span of this length: hours past a day, minutes past an hour. */
function shownUnit(ms: number): number {
  if (ms >= DAY) return HOUR;
  if (ms >= HOUR) return MINUTE;
  return SECOND;
}

/**
 * Milliseconds left on the timer at `now`. For a page countdown read less than one shown unit ago, the
 * span the page said. The worker stamps the reading a few seconds after the page was read, so a span of
 * an hour or more is taken to the nearest minute (pages print minutes at the finest), a shorter one to
 * the second.
 */
export function timeLeft(timer: Timer, pageClocks: readonly PageClock[] | undefined, now: number): number {
  const ends = isoToMs(timer.endsAt);
  const page = timer.from === 'page' ? pageClocks?.find((c) => c.clock === timer.clock && c.endsAt === timer.endsAt) : undefined;
  if (page?.readAt) {
    const readAt = isoToMs(page.readAt);
    const raw = ends - readAt;
    const grain = raw >= HOUR ? MINUTE : SECOND;
    const said = Math.round(raw / grain) * grain;
    if (said > 0 && now >= readAt && now - readAt < shownUnit(said)) return said;
  }
  return ends - now;
}
