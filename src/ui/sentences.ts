// The sentences a buyer reads: "Seller has 14 days left to respond — then the order closes by itself
// and your refund starts." Built from message keys only, so every language reads naturally.
import type { NextAction, Timer } from '../rules/model';
import { ON_EXPIRY } from '../rules/rule';
import type { RuleNote } from '../lib/messages';
import { keyFor, type MessageKey, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { formatAmount, formatAmountRange, formatDuration, formatSpan } from './format';

// Every id the rule tables use has a sentence (tests/ui/locales.test.ts); an id from a newer worker
// than this page's script still reads as something.
const KNOWN_EXPIRY = new Set<string>(ON_EXPIRY);

export function expiryText(onExpiry: string, t: Translate): string {
  return t(keyFor('expiry', KNOWN_EXPIRY.has(onExpiry) ? onExpiry : 'other'));
}

/** `left`: the time left as shown (ui/countdown.ts), when it is not simply until the deadline. */
export function timerSentence(timer: Timer, now: number, t: Translate, left = isoToMs(timer.endsAt) - now): string {
  const task = t(keyFor('task', timer.clock));
  const expiry = expiryText(timer.onExpiry, t);
  if (left < 0) return t('timer_overdue', formatSpan(-left, t), task, expiry);
  return t(keyFor('timer', timer.actor), formatSpan(left, t), task, expiry);
}

/** "Rule: 14 days after the cancellation request" — the arithmetic behind (or in place of) a countdown. */
export function ruleLine(timer: Timer, note: RuleNote | undefined, t: Translate): string | null {
  if (!note || !note.start || note.ms <= 0) return null;
  const key: MessageKey = timer.from === 'page'
    ? (note.fromNextDay ? 'ruleFromPageNextDay' : 'ruleFromPage')
    : (note.fromNextDay ? 'ruleLineNextDay' : 'ruleLine');
  return t(key, formatDuration(note.ms, t), t(keyFor('event', note.start)));
}

/** Why a deadline is the earliest the facts allow ("At the latest — the page does not give the date of delivery"). */
export function boundLine(timer: Timer, t: Translate): string | null {
  if (timer.resumed) return t('earliest_resumed');
  if (!timer.earliest) return null;
  return t(timer.earliest.why === 'no-date' ? 'earliest_no_date' : 'earliest_day_only', t(keyFor('event', timer.earliest.event)));
}

/** "From AliExpress help · exact": where the figure comes from and how sure it is, in the buyer's words. */
export function basisLine(timer: Timer, note: RuleNote | undefined, t: Translate, marketplace?: string): string | null {
  const basis = timer.from === 'page' ? 'page' : note?.basis;
  if (!basis) return null;
  const figure = timer.from === 'page' ? 'exact' : timer.earliest || timer.resumed ? 'earliest' : note?.figure ?? 'estimate';
  const label = basis === 'marketplace'
    ? t('basis_marketplace', marketplace ? t(keyFor('market', marketplace)) : t('extName'))
    : t(keyFor('basis', basis));
  return t('basisLine', label, t(keyFor('figure', figure)));
}

type AlternativeNote = NonNullable<RuleNote['alternatives']>[number];

/** One other source's figure in the buyer's language ("48 godzin (prośby od marca 2020)"); its English from a newer worker. */
function alternativeText(a: AlternativeNote, t: Translate): string {
  const key = keyFor('alt', a.says);
  const spans = a.spans ?? [];
  const subs = a.range && spans.length === 2 ? [formatAmountRange(spans[0]!, spans[1]!, t)] : spans.map((s) => formatAmount(s, t));
  const text = t(key, ...subs);
  return text === key ? a.text : text;
}

/**
 * "Sources differ: 48 hours (requests since Mar 2020) · 72 hours", wherever the deadline is shown; null
 * when they agree. In the buyer's language where the worker sent the rule's note, else as the timer has it.
 */
export function differLine(timer: Timer, t: Translate, note?: RuleNote): string | null {
  if (!timer.alternatives?.length) return null;
  const said = note?.alternatives?.length ? note.alternatives.map((a) => alternativeText(a, t)) : timer.alternatives;
  return t('sourcesDiffer', said.join(' · '));
}

/** "Source: AliExpress help pages (…); the order page's own countdown wins", in the buyer's language. */
export function sourceLine(note: RuleNote | undefined, t: Translate): string | null {
  if (!note) return null;
  const cites = (note.cite ?? []).map((id) => [keyFor('cite', id), t(keyFor('cite', id))] as const);
  const said = cites.length && cites.every(([key, text]) => text !== key) ? cites.map(([, text]) => text).join('; ') : note.source;
  return said ? t('source', said) : null;
}

export function nextSentence(next: NextAction, t: Translate): string {
  const label = next.labels[0];
  if (next.action === 'check-refund') return t('next_check_refund');
  if (next.action === 'wait' && !label) return t('next_wait_plain');
  // No button to name: an app-only shop or a Cainiao station, tracked by hand. Say what to do instead.
  if (!label) return t(keyFor('nextplain', next.action));
  return t(keyFor('next', next.action), label);
}
