// Event times as pages print them, gathered the same way on every marketplace: each event once (the
// first sighting wins, later ones repeat it in summaries), a date without a time marked approximate,
// and a labelled date that cannot be read said in the problems.
import type { EventName } from '../../rules/model';
import { readDate } from './dates';
import type { Events } from './snapshot';

export const noEvents = (): Events => ({ events: {}, approximate: [] });

/** Record an event from a printed time in the platform's zone; false when the text holds no date. */
export function addEvent(into: Events, name: EventName, text: string, zone: string, now: Date): boolean {
  const date = readDate(text, zone, now);
  if (!date) return false;
  if (into.events[name] === undefined) {
    into.events[name] = date.iso;
    if (date.approximate) into.approximate.push(name);
  }
  return true;
}

/** The events of labelled lines ("下单时间：…", "Order placed on: …"), each line's date read in zone. */
export function eventsOfLines(lines: Iterable<{ key: EventName; value: string }>, zone: string, now: Date, ref: string, problems: string[]): Events {
  const into = noEvents();
  for (const { key, value } of lines) {
    if (into.events[key] !== undefined) continue;
    if (!addEvent(into, key, value, zone, now)) problems.push(`${ref}: ${key} date not understood`);
  }
  return into;
}
