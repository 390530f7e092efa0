// What a notice says and what its clicks do. Text comes from the same sentences the sidebar uses; the
// deadline comes from the engine (via the planner), never from here.
import { keyFor, plural, type Translate } from '../lib/i18n';
import { formatTimerDeadline } from '../ui/format';
import { differLine, expiryText, nextSentence, timerSentence } from '../ui/sentences';
import { ruleNote } from '../rules/note';
import type { Notice, PlanOrder, Reminder } from './planner';

const PREFIX = 'buyer-clock|';
const SUMMARY = `${PREFIX}summary|`;

export type NoticeContent = { id: string; title: string; message: string; forOrder: boolean };

/** One notice per reminder id, so showing it twice replaces it instead of stacking a duplicate. */
const noticeId = (r: Reminder) => `${PREFIX}${r.id}`;

/** The order key and rule behind a notice id; null for summaries (and for ids that are not ours). */
export function noticeTarget(id: string): { key: string; ruleId: string } | null {
  if (!id.startsWith(PREFIX) || id.startsWith(SUMMARY)) return null;
  const [key, ruleId] = id.slice(PREFIX.length).split('|');
  return key && ruleId ? { key, ruleId } : null;
}

export const isOurNotice = (id: string) => id.startsWith(PREFIX);

function orderName(r: Reminder, orders: PlanOrder[], t: Translate): string {
  const order = orders.find((o) => o.key === r.key);
  const market = t(keyFor('market', order?.marketplace ?? 'aliexpress'));
  const name = order?.title?.trim() || t('orderNumber', order?.orderId ?? '');
  return `${market} · ${name}`;
}

export function noticeContent(notice: Notice, orders: PlanOrder[], now: number, t: Translate, locale: string): NoticeContent {
  if (notice.kind === 'one') {
    const r = notice.reminder;
    if (r.kind === 'turn') {
      // The seller's time is up: say so, and name the step the engine gives for this moment.
      const next = orders.find((o) => o.key === r.key)?.next;
      return {
        id: noticeId(r),
        title: t('notice_turn', orderName(r, orders, t)),
        message: [timerSentence(r.timer, now, t), next && nextSentence(next, t)].filter(Boolean).join('\n'),
        forOrder: true,
      };
    }
    // At the moment a clock opens something ("the coupon can be claimed"), that is the news.
    const sentence = r.kind === 'opens'
      ? t('timer_opened', t(keyFor('task', r.timer.clock)), expiryText(r.timer.onExpiry, t))
      : timerSentence(r.timer, now, t);
    return {
      id: noticeId(r),
      title: orderName(r, orders, t),
      // Who must do what, and what happens at zero; then the wall-clock deadline.
      message: [sentence, formatTimerDeadline(r.timer, locale, t), differLine(r.timer, t, ruleNote(r.timer.ruleId))].filter(Boolean).join('\n'),
      forOrder: true,
    };
  }
  const first = notice.reminders[0]!;
  if (notice.kind === 'missed' && notice.reminders.length === 1) {
    return {
      id: noticeId(first),
      title: t('notice_missed_one', orderName(first, orders, t)),
      message: timerSentence(first.timer, now, t),
      forOrder: true,
    };
  }
  const names = notice.reminders.map((r) => orderName(r, orders, t));
  return {
    id: `${SUMMARY}${notice.kind}|${now}`,
    title: plural(t, notice.kind === 'missed' ? 'notice_passed' : 'notice_more', notice.reminders.length),
    message: names.slice(0, 4).join('\n') + (names.length > 4 ? '\n…' : ''),
    forOrder: false,
  };
}
