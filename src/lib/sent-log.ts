// What the planner has already delivered (or set aside because a later reminder replaced it). A reminder's id names the timer and the lead time, so the same
// reminder is never sent twice: not after a worker or browser restart, nor when two alarms fire at once.
import * as z from 'zod/mini';
import { IsoTime } from '../rules/model';

export const SENT_LOG_KEY = 'reminders';

export const SentLog = z.object({
  schema: z.literal(1),
  /**
   * Reminder id → the deadline it reminded of. A page countdown read twice gives deadlines a few
   * minutes apart; the planner treats those as the same deadline, and a moved one (an extension) as new.
   */
  sent: z.record(z.string(), IsoTime),
  /** Timer id → the instant the buyer asked to be reminded again ("Remind me tomorrow"). */
  snoozed: z.record(z.string(), IsoTime),
  /** The last time the planner looked; deadlines that pass after it and unsent are "missed". */
  lastRun: z.optional(IsoTime),
});
export type SentLog = z.infer<typeof SentLog>;

export const EMPTY_LOG: SentLog = { schema: 1, sent: {}, snoozed: {} };
