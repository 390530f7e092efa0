// assess(order, now): the clocks running on an order and the one thing to do next, read off the rule
// tables. Marketplace knowledge lives in the tables only; this file must stay free of it.
import type { Assessment, EventName, Marketplace, NextAction, OrderSnapshot, Stage, Timer } from './model';
import { DAY, isoOffsetMinutes, isoToMs, msToIso } from '../lib/time';
import {
  allLabels, durationMs, startEvents, type ClockRule, type Condition, type EarliestRule, type Labels, type NextStep, type Rule,
} from './rule';
import { RULES } from './tables';

// What model.ts's IsoTime accepts: to the second, with Z or ±HH:MM. Anything else gives no timer
// rather than an Assessment the worker's own schema would reject.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const validIso = (s: string | undefined): s is string => s !== undefined && ISO.test(s) && !Number.isNaN(isoToMs(s));

// msToIso writes four-digit years and whole seconds, so between these instants its string parses back
// to the same second and the engine can skip the round trip. Outside them the string decides, as it
// always did (a five-digit year is no IsoTime).
const SAFE_FROM = Date.UTC(1000, 0, 2);
const SAFE_TO = Date.UTC(9998, 11, 30);
const inSafeRange = (ms: number) => ms > SAFE_FROM && ms < SAFE_TO;
const wholeSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

/**
 * One assess call's view of the order: 10,000 orders are assessed at once (the popup, the planner), so
 * each event is parsed at most once per call (NaN: absent or no IsoTime) and the page's buttons are
 * normalised once, not once per row and step.
 */
type Ctx = { order: OrderSnapshot; nowMs: number; ms: Partial<Record<EventName, number>>; shown?: Set<string> };

const contextOf = (order: OrderSnapshot, nowMs: number): Ctx => ({ order, nowMs, ms: {} });

function eventMs(ctx: Ctx, name: EventName): number {
  let ms = ctx.ms[name];
  if (ms === undefined) {
    const at = ctx.order.events[name];
    ms = validIso(at) ? isoToMs(at) : NaN;
    ctx.ms[name] = ms;
  }
  return ms;
}

const known = (ctx: Ctx, name: EventName) => !Number.isNaN(eventMs(ctx, name));

type Running = { rule: ClockRule; timer: Timer; endsMs: number };

function startEventIn(rule: Rule, ctx: Ctx): EventName | undefined {
  if (rule.requires?.some((e) => !known(ctx, e))) return undefined;
  return startEvents(rule).find((e) => known(ctx, e));
}

/** The first start event the order has (fallbacks in row order), if all required events are there. */
export function startEventOf(rule: Rule, order: OrderSnapshot): EventName | undefined {
  return startEventIn(rule, contextOf(order, NaN));
}

/**
 * The instant the row counts from, and the offset its deadline is written in: the start event, or
 * 00:00 of the day after it in its own offset for `fromNextDay` rows.
 */
function startOf(rule: Rule, ctx: Ctx): { ms: number; offset: number } | undefined {
  const event = startEventIn(rule, ctx);
  if (!event) return undefined;
  const offset = isoOffsetMinutes(ctx.order.events[event]!) ?? 0;
  const ms = eventMs(ctx, event);
  if (!rule.fromNextDay) return { ms, offset };
  const offsetMs = offset * 60_000;
  const midnight = (Math.floor((ms + offsetMs) / DAY) + 1) * DAY - offsetMs;
  return { ms: inSafeRange(midnight) ? midnight : isoToMs(msToIso(midnight, offset)), offset };
}

function holds(condition: Condition, ctx: Ctx): boolean {
  if ('has' in condition) return known(ctx, condition.has);
  if ('lacks' in condition) return !known(ctx, condition.lacks);
  if ('unlessUnmarked' in condition) return ctx.order[condition.unlessUnmarked] !== false;
  const first = eventMs(ctx, condition.gap[0]);
  if (Number.isNaN(first)) return false;
  const second = eventMs(ctx, condition.gap[1]);
  // While the second event has not happened the gap so far is all there is: a bound already passed
  // stays passed, one not yet reached may still be met.
  const gap = (Number.isNaN(second) ? ctx.nowMs : second) - first;
  if (Number.isNaN(gap)) return false;
  if (condition.atMost && gap > durationMs(condition.atMost)) return false;
  return !(condition.moreThan && gap <= durationMs(condition.moreThan));
}

/** Whether every `when` condition of the row holds for the order at this moment. */
const applies = (rule: Rule, ctx: Ctx) => !rule.when || rule.when.every((c) => holds(c, ctx));

function timerFor(rule: ClockRule, ctx: Ctx): Running | undefined {
  // The page's own countdown wins over arithmetic (rules.md, principle 1).
  const page = ctx.order.pageClocks.find((c) => c.clock === rule.clock && validIso(c.endsAt));
  if (page) {
    const timer: Timer = {
      clock: rule.clock, ruleId: rule.id, actor: rule.actor, onExpiry: rule.onExpiry, endsAt: page.endsAt, from: 'page', confidence: 'page',
    };
    return { rule, endsMs: isoToMs(page.endsAt), timer };
  }
  const start = rule.duration && startOf(rule, ctx);
  if (!rule.duration || !start) return undefined; // never guess a start or a length
  const ends = start.ms + durationMs(rule.duration);
  const endsAt = msToIso(ends, start.offset);
  const endsMs = inSafeRange(ends) ? wholeSecond(ends) : validIso(endsAt) ? isoToMs(endsAt) : NaN;
  if (Number.isNaN(endsMs)) return undefined;
  const timer: Timer = {
    clock: rule.clock, ruleId: rule.id, actor: rule.actor, onExpiry: rule.onExpiry, endsAt, from: 'rule', confidence: rule.confidence,
  };
  if (rule.alternatives?.length) timer.alternatives = [...rule.alternatives];
  return { rule, endsMs, timer };
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A step's labels with their normalised forms, worked out once per table row, not per order. */
const labelCache = new WeakMap<Labels, { all: string[]; normed: string[] }>();
function labelsOf(labels: Labels) {
  let entry = labelCache.get(labels);
  if (!entry) {
    const all = allLabels(labels);
    entry = { all, normed: all.map(norm) };
    labelCache.set(labels, entry);
  }
  return entry;
}

/** The step's labels that the order's own buttons show. */
function onPage(step: NextStep, ctx: Ctx): string[] {
  if (!step.labels) return [];
  const shown = (ctx.shown ??= new Set(ctx.order.buttons.map(norm)));
  const { all, normed } = labelsOf(step.labels);
  return all.filter((_, i) => shown.has(normed[i]!));
}

/** An action the marketplace does not offer yet; the page showing its button proves otherwise. */
function tooEarly(step: NextStep, limits: readonly EarliestRule[], ctx: Ctx): boolean {
  return limits.some((limit) => {
    if (!limit.suppresses.includes(step.action)) return false;
    const start = startOf(limit, ctx);
    if (!start) return false; // unknown start: do not hide a way out on a guess
    return ctx.nowMs < start.ms + durationMs(limit.duration) && onPage(step, ctx).length === 0;
  });
}

function stepFor(run: Running, limits: readonly EarliestRule[], ctx: Ctx): NextAction | null {
  const left = run.endsMs - ctx.nowMs;
  const open = limits.length ? run.rule.next.filter((s) => !tooEarly(s, limits, ctx)) : run.rule.next;
  const urgent = open.filter((s) => s.leftAtMost && left <= durationMs(s.leftAtMost));
  const pool = urgent.length ? urgent : open.filter((s) => !s.leftAtMost);
  // Among equally good steps, the one whose button the page shows is the one the buyer can press.
  for (const step of pool) {
    const shown = onPage(step, ctx);
    if (shown.length) return { action: step.action, labels: shown, deadline: run.timer.endsAt };
  }
  const step = pool[0];
  return step ? { action: step.action, labels: allLabels(step.labels), deadline: run.timer.endsAt } : null;
}

/**
 * The buyer's own running clocks come first, then the others' running clocks (usually 'wait'). When
 * every clock has run out, a seller's or platform's overdue clock still says what to do (wait for the
 * automatic outcome, check the refund); a buyer's run-out clock offers nothing: that chance is gone.
 */
function chooseNext(runs: Running[], limits: readonly EarliestRule[], ctx: Ctx): NextAction | null {
  const { nowMs } = ctx;
  const running = runs.filter((r) => r.endsMs >= nowMs);
  const overdue = runs.filter((r) => r.endsMs < nowMs && r.rule.actor !== 'buyer');
  const candidates = [...running.filter((r) => r.rule.actor === 'buyer'), ...running.filter((r) => r.rule.actor !== 'buyer'), ...overdue];
  for (const run of candidates) {
    const next = stepFor(run, limits, ctx);
    if (next) return next;
  }
  return null;
}

const NO_PAGE_ONLY_CLOCKS: readonly Stage[] = ['completed', 'closed', 'refunded', 'unknown'];

type Index = Map<Marketplace, Map<Stage, Rule[]>>;
const NO_ROWS: readonly Rule[] = [];

/**
 * Every table's rows by marketplace and stage, built once per rules array (tables are data and never
 * change after load) rather than filtering every row for every order.
 */
const indexes = new WeakMap<readonly Rule[], Index>();
function rowsFor(rules: readonly Rule[], marketplace: Marketplace, stage: Stage): readonly Rule[] {
  let index = indexes.get(rules);
  if (!index) {
    index = new Map();
    for (const rule of rules) {
      for (const m of rule.marketplaces) {
        const byStage = index.get(m) ?? new Map<Stage, Rule[]>();
        index.set(m, byStage);
        for (const s of rule.stages) {
          const rows = byStage.get(s) ?? [];
          // A row naming a stage twice still applies once, as the filter it replaces had it.
          if (rows[rows.length - 1] !== rule) rows.push(rule);
          byStage.set(s, rows);
        }
      }
    }
    indexes.set(rules, index);
  }
  return index.get(marketplace)?.get(stage) ?? NO_ROWS;
}

/** Each marketplace's first clock row per clock, whatever its stages, built once per rules array. */
const byClock = new WeakMap<readonly Rule[], Map<string, ClockRule>>();
function rowForClock(rules: readonly Rule[], marketplace: Marketplace, clock: string): ClockRule | undefined {
  let index = byClock.get(rules);
  if (!index) {
    index = new Map();
    for (const rule of rules) {
      if (rule.kind !== 'clock') continue;
      for (const m of rule.marketplaces) if (!index.has(`${m} ${rule.clock}`)) index.set(`${m} ${rule.clock}`, rule);
    }
    byClock.set(rules, index);
  }
  return index.get(`${marketplace} ${clock}`);
}

/**
 * A page's own countdown runs whatever stage the order is filed under: where a refund has a page of its
 * own, that page and the order's page each show their own countdown (the refused refund's time to revise,
 * and the trade's time to confirm receipt), while the order is in one stage at a time. Such a countdown,
 * kept from another page, is read with its clock's row from any stage. Which countdowns still run is the
 * store's to keep (background/merge-clocks.ts): a refund pausing the trade's clock drops it there. A
 * finished order runs only its own stage's clocks: a countdown left on its page is over. An order whose
 * status no page has given in words we know gets none: what the countdown counts is not known.
 */
function pageOnlyRuns(rules: readonly Rule[], ctx: Ctx, runs: Running[]): Running[] {
  const have = new Set(runs.map((r) => r.rule.clock));
  const extra: Running[] = [];
  for (const page of ctx.order.pageClocks) {
    if (have.has(page.clock)) continue;
    const row = rowForClock(rules, ctx.order.marketplace, page.clock);
    const run = row && timerFor(row, ctx);
    if (run?.timer.from === 'page') {
      have.add(page.clock);
      extra.push(run);
    }
  }
  return extra;
}

/** Like assess, over any set of rows (tests use it for row semantics no table needs yet). */
export function assessWith(rules: readonly Rule[], order: OrderSnapshot, now: Date): Assessment {
  const nowMs = now.getTime();
  const ctx = contextOf(order, nowMs);
  const limits: EarliestRule[] = [];
  const runs: Running[] = [];
  for (const row of rowsFor(rules, order.marketplace, order.stage)) {
    if (!applies(row, ctx)) continue;
    if (row.kind === 'earliest') limits.push(row);
    else {
      const run = timerFor(row, ctx);
      if (run) runs.push(run);
    }
  }
  if (ctx.order.pageClocks.length && !NO_PAGE_ONLY_CLOCKS.includes(order.stage)) runs.push(...pageOnlyRuns(rules, ctx, runs));
  // Overdue clocks stay in the list (soonest first, so they lead): the UI shows them as overdue, which
  // says the page is stale or the marketplace is late with its automatic step.
  runs.sort((a, b) => a.endsMs - b.endsMs);
  const next = Number.isNaN(nowMs) ? null : chooseNext(runs, limits, ctx);
  return { stage: order.stage, timers: runs.map((r) => r.timer), next };
}

export function assess(order: OrderSnapshot, now: Date): Assessment {
  return assessWith(RULES, order, now);
}
