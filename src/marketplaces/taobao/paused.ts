// Taobao's and Tmall's order pages stop the time to confirm receipt while a refund is open, and say so
// where the countdown was ("退款申请处理中，收货确认时间暂停计时。"). The inline data carries the words
// whatever the browser's translation does; the page's text (maybe translated, ./translated-pause.ts) is
// the fallback.
import type { ClockId, PageClock, PausedClock } from '../../rules/model';
import { pauseIn, pauseOnPage } from '../common/paused';
import { untranslator } from '../common/translated';
import { PAUSE_TRANSLATED } from './translated-pause';

const taobaoWordOf = untranslator(PAUSE_TRANSLATED);

/** The clock a stop names: receipt (收货) is the auto-confirm clock; null for words we do not know. */
const clockOfPause = (words: string): ClockId | null => (/收货/.test(words) ? 'auto-confirm' : null);

/**
 * The clocks the page says are stopped: found in the data's texts first, else in the page's text. A
 * countdown the page shows for the same clock wins (it runs); words naming no clock we know are a problem.
 */
export function pausedClocks(texts: readonly string[], root: Element | null, running: readonly PageClock[], ref: string, problems: string[]): PausedClock[] {
  const said = texts.map((t) => pauseIn(t, taobaoWordOf)).find(Boolean) ?? (root ? pauseOnPage(root, taobaoWordOf) : null);
  if (!said) return [];
  const clock = clockOfPause(said.words);
  if (!clock) {
    problems.push(`${ref}: a stopped count of unknown meaning`);
    return [];
  }
  return running.some((c) => c.clock === clock) ? [] : [{ clock, text: said.text }];
}
