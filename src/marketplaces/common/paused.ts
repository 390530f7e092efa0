// A page may stop a clock and say so in words instead of a countdown: Taobao and Tmall order pages,
// while a refund is open, print "收货确认时间暂停计时" (the time to confirm receipt is paused) where the
// countdown was. Readers find the words in the page's data, else in its text, in Chinese or through a
// marketplace's table of machine translations (common/translated.ts); what says no stop is no stop.
import type { Untranslate } from './translated';
import { firstLine, normalise } from './text';

/** The page's own words for a stopped count: 暂停计时, 计时暂停, 停止计时, 暂停倒计时. */
const STOPPED = /暂停计时|计时(?:已)?暂停|停止计时|暂停倒计时/;

/** A stop as the page says it: `text` as shown (maybe translated), `words` as the page's own Chinese. */
export type PauseSaid = { text: string; words: string };

// A sentence's clauses: "退款申请处理中，收货确认时间暂停计时。" or its translation "The refund
// application is being processed, and the receipt confirmation time is suspended."
const CLAUSE = /[，。；;,.!！]+|\s+and\s+/i;
const clausesOf = (text: string) => normalise(text).split(CLAUSE).map((c) => c.trim()).filter(Boolean);

/** The clause of a text that says a count is stopped, in the page's words or a translation the table knows; null otherwise. */
export function pauseIn(text: string, untranslate: Untranslate): PauseSaid | null {
  for (const clause of clausesOf(text)) {
    if (STOPPED.test(clause)) return { text: clause, words: clause };
    const words = untranslate(clause);
    if (words && STOPPED.test(words)) return { text: clause, words };
  }
  return null;
}

// Longer than this, an element's text is a block of the page, not the one line that says the stop.
const MAX_LINE = 120;

/** The first line under root that says a count is stopped; null when none does. */
export function pauseOnPage(root: Element, untranslate: Untranslate): PauseSaid | null {
  return firstLine(root, MAX_LINE, (line) => pauseIn(line, untranslate));
}
