// When things happened (labelled dates, Beijing time without a zone) and the deadlines the page shows
// beside a state: a countdown ("剩余4天23小时", "还剩9天10时") or a dated one ("请于 2026-11-25 09:15:02
// 前付款", "处理截止时间：…").
import type { ClockId, PageClock, Stage } from '../../rules/model';
import { PLATFORM_ZONE, wallTimeToIso } from '../../lib/time';
import { parseCountdown } from '../common/countdown';
import { instantIso, parseDate, readDate } from '../common/dates';
import { deepParent, deepText, deepTextNodes } from '../common/shadow';
import { findLabelled } from '../common/labels';
import { eventsOfLines } from '../common/events';
import { EVENT_LABELS, STAGE_CLOCK } from './words';

const ZONE = PLATFORM_ZONE['1688'];

export type { Events } from '../common/snapshot';
import type { Events } from '../common/snapshot';

/** Every labelled event date under scope (shadow roots included); the first line for an event wins. */
export function readEvents(scope: Node, now: Date, ref: string, problems: string[]): Events {
  return eventsOfLines(findLabelled(scope, EVENT_LABELS, 'alone', 'deep'), ZONE, now, ref, problems);
}

/** A Beijing-time date as an event, for readers that find it by position rather than by label. */
export function eventAt(text: string, now: Date): { iso: string; approximate: boolean } | null {
  return readDate(text, ZONE, now);
}

const COUNTDOWN = /(?:剩余|还剩|还有)\s*[:：]?\s*/g;
// A date with 前 after it, or after a 截止 label, is a deadline; any other date in a status tip is history.
const DATE = String.raw`\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
const DEADLINE = new RegExp(String.raw`(${DATE})\s*(?:之前|前)|截止(?:时间|日期)?\s*[:：]?\s*(${DATE})`, 'g');

/** The sentence of text around index, as the clock's text. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(...['。', '；', ';', '！'].map((p) => text.lastIndexOf(p, index) + 1));
  const ends = ['。', '；', ';', '！'].map((p) => text.indexOf(p, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length).trim();
}

function deadlines(text: string, now: Date): { endsAt: string; at: number }[] {
  const found: { endsAt: string; at: number }[] = [];
  for (const m of text.matchAll(COUNTDOWN)) {
    // Only what follows closely: a number further on belongs to another sentence.
    const ms = parseCountdown(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (ms !== null) found.push({ endsAt: instantIso(now.getTime() + ms, ZONE), at: m.index });
  }
  for (const m of text.matchAll(DEADLINE)) {
    const date = parseDate(m[1] ?? m[2] ?? '');
    if (date) found.push({ endsAt: wallTimeToIso(date.wall, ZONE), at: m.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

// Where a deadline may start: a countdown word, a 截止 label, or a date just before 前 (not 当前 or 目前).
const TRIGGER = /剩余|还剩|还有|截止|[\d日]\s*之?前/;
const INLINE = new Set(['SPAN', 'B', 'STRONG', 'EM', 'I', 'FONT', 'A', 'TIME']);
const MAX_LINE = 300;

/** The first deadline under scope, with the sentence that states it (the smallest block holding one). */
function firstDeadline(scope: Node, now: Date): { endsAt: string; text: string } | null {
  for (const node of deepTextNodes(scope)) {
    if (!TRIGGER.test(node.data)) continue;
    for (let el = deepParent(node); el; el = el === scope ? null : deepParent(el)) {
      // A countdown in its own <span> is read with the sentence around it.
      if (INLINE.has(el.tagName) && el !== scope && el.parentElement) continue;
      const line = deepText(el);
      if (line.length > MAX_LINE) break;
      const found = deadlines(line, now)[0];
      if (found) return { endsAt: found.endsAt, text: sentenceAt(line, found.at) };
    }
  }
  return null;
}

/**
 * The deadline shown under scope (a status block), as the clock its stage runs (docs/rules.md: one clock
 * per state). Nothing when it shows none; a problem when it shows one in a state that runs no clock
 * this reader knows, rather than a guess.
 */
export function stageClocks(scope: Node, stage: Stage | null, now: Date, ref: string, problems: string[]): PageClock[] {
  const found = firstDeadline(scope, now);
  if (!found) return [];
  const clock: ClockId | undefined = stage ? STAGE_CLOCK[stage] : undefined;
  if (!clock) {
    problems.push(`${ref}: a deadline is shown, but its state runs no clock this reader knows`);
    return [];
  }
  return [{ clock, endsAt: found.endsAt, text: found.text }];
}
