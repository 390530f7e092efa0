// What the sidebar shows of the rule behind a timer ("Rule: 14 days after the cancellation request",
// "Source: …"), shaped like lib/messages.ts's RuleNote so the worker can pass it on as it is.
import type { EventName, OrderSnapshot } from './model';
import { basisOf, durationMs, figureOf, startEvents, type Basis, type Figure } from './rule';
import { startEventOf } from './engine';
import { ruleById } from './tables';

/** fromNextDay: the count starts at 00:00 the day after the event (the 7-day no-reason returns). */
/** basis, figure: what the buyer is told of the row's figure (rule.ts, basisOf and figureOf). */
export type RuleNoteData = { ms: number; start?: EventName; fromNextDay?: true; source: string; basis?: Exclude<Basis, 'page'>; figure?: Figure };

/** The note for a timer's ruleId: the start event this order actually used, else the row's first. */
export function ruleNote(ruleId: string, order?: OrderSnapshot): RuleNoteData | undefined {
  const rule = ruleById(ruleId);
  if (!rule) return undefined;
  const start = (order && startEventOf(rule, order)) ?? startEvents(rule)[0];
  const note: RuleNoteData = { ms: rule.kind !== 'path' && rule.duration ? durationMs(rule.duration) : 0, source: rule.source };
  if (start) note.start = start;
  if (rule.fromNextDay) note.fromNextDay = true;
  note.basis = basisOf(rule);
  note.figure = figureOf(rule);
  return note;
}
