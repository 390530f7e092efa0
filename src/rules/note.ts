// What the sidebar shows of the rule behind a timer ("Rule: 14 days after the cancellation request",
// "Source: …"), shaped like lib/messages.ts's RuleNote so the worker can pass it on as it is.
import type { EventName, OrderSnapshot } from './model';
import { basisOf, durationMs, figureOf, startEvents, type Alternative, type Basis, type Duration, type Figure } from './rule';
import { startEventOf } from './engine';
import { ruleById } from './tables';

/** fromNextDay: the count starts at 00:00 the day after the event (the 7-day no-reason returns). */
/** basis, figure: what the buyer is told of the row's figure (rule.ts, basisOf and figureOf). */
/** cite, alternatives: the source and the other sources' figures as the buyer reads them (ui/sentences.ts). */
export type RuleNoteData = {
  ms: number; start?: EventName; fromNextDay?: true; source: string; basis?: Exclude<Basis, 'page'>; figure?: Figure;
  cite?: string[]; alternatives?: AlternativeNote[];
};
/** An alternative figure as ids and amounts: message alt_<says> with each amount written in the buyer's language. */
type AlternativeNote = { says: string; spans?: Amount[]; range?: true; text: string };
/** A figure in the unit the source states it in ("48 h" stays hours). */
type Amount = { n: number; unit: 'day' | 'hour' | 'minute' };

const amountOf = (d: Duration): Amount =>
  d.days ? { n: d.days, unit: 'day' } : d.hours ? { n: d.hours, unit: 'hour' } : { n: d.minutes ?? 0, unit: 'minute' };

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
  note.cite = [...rule.cite];
  if (rule.alternatives?.length) note.alternatives = rule.alternatives.map(alternativeNote);
  return note;
}

function alternativeNote(a: Alternative): AlternativeNote {
  const note: AlternativeNote = { says: a.says, text: a.text };
  if (a.spans) note.spans = a.spans.map(amountOf);
  if (a.range) note.range = true;
  return note;
}
