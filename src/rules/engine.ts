// assess(order, now): the clocks running on an order and the one thing to do next, read off the rule
// tables. Marketplace knowledge lives in the tables only; this file must stay free of it.
import type { Assessment, EventName, NextAction, OrderSnapshot, Timer } from './model';
import { DAY, addToIso, isoOffsetMinutes, isoToMs, msToIso } from '../lib/time';
import {
  allLabels, durationMs, startEvents, type ClockRule, type Condition, type EarliestRule, type NextStep, type Rule,
} from './rule';
import { RULES } from './tables';

// What model.ts's IsoTime accepts: to the second, with Z or ±HH:MM. Anything else gives no timer
// rather than an Assessment the worker's own schema would reject.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const validIso = (s: string | undefined): s is string => s !== undefined && ISO.test(s) && !Number.isNaN(isoToMs(s));

type Running = { rule: ClockRule; timer: Timer; endsMs: number };

/** The first start event the order has (fallbacks in row order), if all required events are there. */
export function startEventOf(rule: Rule, order: OrderSnapshot): EventName | undefined {
  if (rule.requires?.some((e) => !validIso(order.events[e]))) return undefined;
  return startEvents(rule).find((e) => validIso(order.events[e]));
}

/** 00:00 of the day after an instant, in that instant's own offset. */
function nextMidnight(iso: string): string {
  const offsetMs = (isoOffsetMinutes(iso) ?? 0) * 60_000;
  const localDay = Math.floor((isoToMs(iso) + offsetMs) / DAY);
  return msToIso((localDay + 1) * DAY - offsetMs, offsetMs / 60_000);
}

/** The instant the row counts from: its start event, or the midnight after it for `fromNextDay` rows. */
const startOf = (rule: Rule, order: OrderSnapshot): string | undefined => {
  const event = startEventOf(rule, order);
  const at = event && order.events[event];
  return at && rule.fromNextDay ? nextMidnight(at) : at;
};

function holds(condition: Condition, order: OrderSnapshot, nowMs: number): boolean {
  if ('has' in condition) return validIso(order.events[condition.has]);
  if ('lacks' in condition) return !validIso(order.events[condition.lacks]);
  const [first, second] = condition.gap.map((e) => order.events[e]);
  if (!validIso(first)) return false;
  // While the second event has not happened the gap so far is all there is: a bound already passed
  // stays passed, one not yet reached may still be met.
  const gap = (validIso(second) ? isoToMs(second) : nowMs) - isoToMs(first);
  if (Number.isNaN(gap)) return false;
  if (condition.atMost && gap > durationMs(condition.atMost)) return false;
  return !(condition.moreThan && gap <= durationMs(condition.moreThan));
}

/** Whether every `when` condition of the row holds for the order at this moment. */
export function applies(rule: Rule, order: OrderSnapshot, nowMs: number): boolean {
  return (rule.when ?? []).every((c) => holds(c, order, nowMs));
}

function timerFor(rule: ClockRule, order: OrderSnapshot): Running | undefined {
  const base = { clock: rule.clock, ruleId: rule.id, actor: rule.actor, onExpiry: rule.onExpiry };
  // The page's own countdown wins over arithmetic (rules.md, principle 1).
  const page = order.pageClocks.find((c) => c.clock === rule.clock && validIso(c.endsAt));
  if (page) {
    return { rule, endsMs: isoToMs(page.endsAt), timer: { ...base, endsAt: page.endsAt, from: 'page', confidence: 'page' } };
  }
  const start = startOf(rule, order);
  if (!rule.duration || !start) return undefined; // never guess a start or a length
  const endsAt = addToIso(start, durationMs(rule.duration));
  if (!validIso(endsAt)) return undefined;
  const timer: Timer = { ...base, endsAt, from: 'rule', confidence: rule.confidence };
  if (rule.alternatives?.length) timer.alternatives = [...rule.alternatives];
  return { rule, endsMs: isoToMs(endsAt), timer };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The step's labels that the order's own buttons show. */
function onPage(step: NextStep, order: OrderSnapshot): string[] {
  const shown = new Set(order.buttons.map(norm));
  return allLabels(step.labels).filter((label) => shown.has(norm(label)));
}

/** An action the marketplace does not offer yet; the page showing its button proves otherwise. */
function tooEarly(step: NextStep, limits: readonly EarliestRule[], order: OrderSnapshot, nowMs: number): boolean {
  return limits.some((limit) => {
    if (!limit.suppresses.includes(step.action)) return false;
    const start = startOf(limit, order);
    if (!start) return false; // unknown start: do not hide a way out on a guess
    return nowMs < isoToMs(start) + durationMs(limit.duration) && onPage(step, order).length === 0;
  });
}

function stepFor(run: Running, limits: readonly EarliestRule[], order: OrderSnapshot, nowMs: number): NextAction | null {
  const left = run.endsMs - nowMs;
  const open = run.rule.next.filter((s) => !tooEarly(s, limits, order, nowMs));
  const urgent = open.filter((s) => s.leftAtMost && left <= durationMs(s.leftAtMost));
  const pool = urgent.length ? urgent : open.filter((s) => !s.leftAtMost);
  // Among equally good steps, the one whose button the page shows is the one the buyer can press.
  const step = pool.find((s) => onPage(s, order).length) ?? pool[0];
  if (!step) return null;
  const shown = onPage(step, order);
  return { action: step.action, labels: shown.length ? shown : allLabels(step.labels), deadline: run.timer.endsAt };
}

/**
 * The buyer's own running clocks come first, then the others' running clocks (usually 'wait'). When
 * every clock has run out, a seller's or platform's overdue clock still says what to do (wait for the
 * automatic outcome, check the refund); a buyer's run-out clock offers nothing: that chance is gone.
 */
function chooseNext(runs: Running[], limits: readonly EarliestRule[], order: OrderSnapshot, nowMs: number): NextAction | null {
  const running = runs.filter((r) => r.endsMs >= nowMs);
  const overdue = runs.filter((r) => r.endsMs < nowMs && r.rule.actor !== 'buyer');
  const candidates = [...running.filter((r) => r.rule.actor === 'buyer'), ...running.filter((r) => r.rule.actor !== 'buyer'), ...overdue];
  for (const run of candidates) {
    const next = stepFor(run, limits, order, nowMs);
    if (next) return next;
  }
  return null;
}

/** Like assess, over any set of rows (tests use it for row semantics no table needs yet). */
export function assessWith(rules: readonly Rule[], order: OrderSnapshot, now: Date): Assessment {
  const nowMs = now.getTime();
  const rows = rules.filter((r) =>
    r.marketplaces.includes(order.marketplace) && r.stages.includes(order.stage) && applies(r, order, nowMs));
  const limits = rows.filter((r): r is EarliestRule => r.kind === 'earliest');
  // Overdue clocks stay in the list (soonest first, so they lead): the UI shows them as overdue, which
  // says the page is stale or the marketplace is late with its automatic step.
  const runs = rows
    .flatMap((r) => (r.kind === 'clock' ? [timerFor(r, order)] : []))
    .filter((r): r is Running => r !== undefined)
    .sort((a, b) => a.endsMs - b.endsMs);
  const next = Number.isNaN(nowMs) ? null : chooseNext(runs, limits, order, nowMs);
  return { stage: order.stage, timers: runs.map((r) => r.timer), next };
}

export function assess(order: OrderSnapshot, now: Date): Assessment {
  return assessWith(RULES, order, now);
}
