// assess(order, now): the clocks running on an order and the one thing to do next, read off the rule
// tables. Marketplace knowledge lives in the tables only; this file must stay free of it.
import type { Assessment, EventName, Marketplace, NextAction, OrderSnapshot, PausedClock, PausedTimer, Stage, Timer } from './model';
import { DAY, isoOffsetMinutes, isoToMs, msToIso } from '../lib/time';
import {
  STAGE_IMPLIES, allLabels, durationMs, startEvents, type ClockRule, type Condition, type Duration, type EarliestRule, type Labels, type NextStep, type PathRule, type Rule,
} from './rule';
import { RULES } from './tables';
import { handsOver, urgentOf } from './urgency';

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
type Ctx = { order: OrderSnapshot; nowMs: number; ms: Partial<Record<EventName, number>>; shown?: Set<string>; lang?: string; rules?: readonly Rule[] };

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
  return countFrom(rule, eventMs(ctx, event), isoOffsetMinutes(ctx.order.events[event]!) ?? 0);
}

function countFrom(rule: Rule, ms: number, offset: number): { ms: number; offset: number } {
  if (!rule.fromNextDay) return { ms, offset };
  const offsetMs = offset * 60_000;
  const midnight = (Math.floor((ms + offsetMs) / DAY) + 1) * DAY - offsetMs;
  return { ms: inSafeRange(midnight) ? midnight : isoToMs(msToIso(midnight, offset)), offset };
}

/** The stage says the event happened, yet the order has no date for it (a parcel signed for, no time given). */
const undated = (ctx: Ctx, name: EventName) => !known(ctx, name) && (STAGE_IMPLIES[ctx.order.stage]?.includes(name) ?? false);

/** 'maybe': the condition turns on an undated event and holds for some of the dates it could have. */
type Verdict = 'yes' | 'no' | 'maybe';

function holds(condition: Condition, ctx: Ctx): Verdict {
  const yes = (b: boolean): Verdict => (b ? 'yes' : 'no');
  if ('has' in condition) return yes(known(ctx, condition.has) || undated(ctx, condition.has));
  if ('lacks' in condition) return yes(!known(ctx, condition.lacks));
  if ('unlessUnmarked' in condition) return yes(ctx.order[condition.unlessUnmarked] !== false);
  if ('marked' in condition) return yes(ctx.order[condition.marked] === true);
  const first = eventMs(ctx, condition.gap[0]);
  if (Number.isNaN(first)) return 'no';
  const second = eventMs(ctx, condition.gap[1]);
  // While the second event has not happened the gap so far is all there is: a bound already passed
  // stays passed, one not yet reached may still be met.
  const gap = (Number.isNaN(second) ? ctx.nowMs : second) - first;
  if (Number.isNaN(gap)) return 'no';
  const tooLong = condition.atMost && gap > durationMs(condition.atMost);
  const tooShort = condition.moreThan && gap <= durationMs(condition.moreThan);
  if (tooShort) return 'no';
  // An undated second event happened somewhere between the first and now: any gap up to this one.
  if (Number.isNaN(second) && undated(ctx, condition.gap[1])) return tooLong || condition.moreThan ? 'maybe' : 'yes';
  return yes(!tooLong);
}

/** Whether the row applies to the order at this moment: for certain, for some dates of an undated event, or not. */
function applies(rule: Rule, ctx: Ctx): Verdict {
  let verdict: Verdict = 'yes';
  for (const c of rule.when ?? []) {
    const v = holds(c, ctx);
    if (v === 'no') return 'no';
    if (v === 'maybe') verdict = 'maybe';
  }
  return verdict;
}

/**
 * The earliest an undated start event can have happened: not before the stage's event before it, and
 * as the row's own conditions say (signed for more than 8 days after shipping: not before day 8); NaN
 * when nothing bounds it.
 */
function earliestStart(rule: Rule, event: EventName, ctx: Ctx): number {
  // The stage's events come in order (shipped, then signed for): no earlier than the one before it.
  const implied = STAGE_IMPLIES[ctx.order.stage] ?? [];
  const before = implied.slice(0, implied.indexOf(event)).map((e) => eventMs(ctx, e)).filter((ms) => !Number.isNaN(ms));
  let bound = before.length ? Math.max(...before) : NaN;
  for (const c of rule.when ?? []) {
    if (!('gap' in c) || c.gap[1] !== event || !c.moreThan) continue;
    const from = eventMs(ctx, c.gap[0]) + durationMs(c.moreThan);
    if (!(from <= bound)) bound = from;
  }
  return bound;
}

/** Where a duration from a start ends, written in the start's offset; undefined past what an IsoTime can say. */
function endFrom(start: { ms: number; offset: number }, duration: Duration): { endsAt: string; endsMs: number } | undefined {
  const ends = start.ms + durationMs(duration);
  const endsAt = msToIso(ends, start.offset);
  const endsMs = inSafeRange(ends) ? wholeSecond(ends) : validIso(endsAt) ? isoToMs(endsAt) : NaN;
  return Number.isNaN(endsMs) ? undefined : { endsAt, endsMs };
}

/** The row's own arithmetic from a dated start, to compare with the page's date; undefined without either. */
function ruleEnd(rule: ClockRule, ctx: Ctx): { endsAt: string; endsMs: number } | undefined {
  const start = rule.duration && startOf(rule, ctx);
  return rule.duration && start ? endFrom(start, rule.duration) : undefined;
}

function timerFor(rule: ClockRule, ctx: Ctx): Running | undefined {
  // The page's own countdown wins over arithmetic: the page knows its own order.
  const page = ctx.order.pageClocks.find((c) => c.clock === rule.clock && validIso(c.endsAt));
  if (page) {
    const timer: Timer = {
      clock: rule.clock, ruleId: rule.id, actor: rule.actor, onExpiry: rule.onExpiry, endsAt: page.endsAt, from: 'page', confidence: 'page',
    };
    const endsMs = isoToMs(page.endsAt);
    // A day or more apart is a disagreement, not a countdown read a little later: the sidebar says so.
    const byRule = ruleEnd(rule, ctx);
    if (byRule && Math.abs(byRule.endsMs - endsMs) >= DAY) timer.ruleEndsAt = byRule.endsAt;
    return { rule, endsMs, timer };
  }
  if (!rule.duration) return undefined; // never guess a length
  let start = startOf(rule, ctx);
  let earliest: Timer['earliest'];
  const first = startEvents(rule)[0]!;
  if (start) {
    // A date without a time is read as the day's start, the earliest the event can have been.
    const used = !rule.fromNextDay && ctx.order.approximate?.length ? startEventIn(rule, ctx)! : undefined;
    if (used && ctx.order.approximate!.includes(used)) earliest = { event: used, why: 'day-only' };
  } else if (undated(ctx, first) && !rule.requires?.some((e) => !known(ctx, e))) {
    // The event happened but the page gives no date: the earliest date the row's own conditions allow.
    const ms = earliestStart(rule, first, ctx);
    if (Number.isNaN(ms)) return undefined;
    start = countFrom(rule, ms, offsetOfOrder(ctx));
    earliest = { event: first, why: 'no-date' };
  }
  if (!start) return undefined; // never guess a start
  const end = endFrom(start, rule.duration);
  if (!end) return undefined;
  const { endsAt, endsMs } = end;
  const timer: Timer = {
    clock: rule.clock, ruleId: rule.id, actor: rule.actor, onExpiry: rule.onExpiry, endsAt, from: 'rule', confidence: rule.confidence,
  };
  if (rule.alternatives?.length) timer.alternatives = rule.alternatives.map((a) => a.text);
  if (earliest) timer.earliest = earliest;
  return { rule, endsMs, timer };
}

/** The offset the order's dated events are written in (platform time), for a deadline of its own making. */
function offsetOfOrder(ctx: Ctx): number {
  for (const at of Object.values(ctx.order.events)) if (validIso(at)) return isoOffsetMinutes(at) ?? 0;
  return 0;
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

/** The order's own buttons, normalised once per assess call. */
const shownOf = (ctx: Ctx) => (ctx.shown ??= new Set(ctx.order.buttons.map(norm)));

/** One language's labels, normalised once per table row: the page's language is asked for every order. */
const normedCache = new WeakMap<readonly string[], string[]>();
function normedOf(labels: readonly string[]): string[] {
  let normed = normedCache.get(labels);
  if (!normed) normedCache.set(labels, (normed = labels.map(norm)));
  return normed;
}

/** The step's labels that the order's own buttons show. */
function onPage(step: NextStep, ctx: Ctx): string[] {
  if (!step.labels) return [];
  const shown = shownOf(ctx);
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

/** The step's labels the page shows, else all of them. */
function shownOr(step: NextStep, ctx: Ctx): string[] {
  const shown = onPage(step, ctx);
  return shown.length ? shown : inPageLanguage(step.labels, ctx);
}

/**
 * The language of the page's own buttons, told by which language's labels of the marketplace's rows
 * it shows; undefined when it shows none of them.
 */
function pageLanguage(ctx: Ctx): string | undefined {
  if (ctx.lang !== undefined) return ctx.lang || undefined;
  const shown = shownOf(ctx);
  ctx.lang = '';
  if (shown.size === 0) return undefined;
  for (const rule of rowsFor(ctx.rules ?? RULES, ctx.order.marketplace, ctx.order.stage)) {
    const steps = rule.kind === 'clock' ? rule.next : rule.kind === 'path' ? rule.steps : [];
    for (const step of steps) for (const [lang, labels] of Object.entries(step.labels ?? {})) {
      if (normedOf(labels).some((l) => shown.has(l))) return (ctx.lang = lang);
    }
  }
  return undefined;
}

/** All of a step's labels, the page's language first: a Polish page missing the button reads it in Polish. */
function inPageLanguage(labels: Labels | undefined, ctx: Ctx): string[] {
  if (!labels) return [];
  const all = [...labelsOf(labels).all];
  const lang = pageLanguage(ctx);
  const first = lang ? labels[lang] ?? [] : [];
  return first.length ? [...first, ...all.filter((l) => !first.includes(l))] : all;
}

/** The first step of a path, or the first one whose button the page shows. */
function pathStep(steps: readonly NextStep[], ctx: Ctx): NextAction | null {
  const step = steps.find((s) => onPage(s, ctx).length) ?? steps[0];
  return step ? { action: step.action, labels: shownOr(step, ctx) } : null;
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
  return step ? { action: step.action, labels: inPageLanguage(step.labels, ctx), deadline: run.timer.endsAt } : null;
}

/** A step offered only once the clock has run out ("once time is up"). */
const opensAtEnd = (s: NextStep) => s.leftAtMost !== undefined && durationMs(s.leftAtMost) === 0;

/**
 * In this order: a seller's or platform's run-out clock that hands the move to the buyer, the buyer's
 * own running clocks, a run-out clock whose end opens a step for the buyer, the others' running clocks
 * (usually 'wait'), then the others' other overdue clocks, which still say what to do (wait for the
 * automatic outcome, check the refund). A buyer's run-out clock offers nothing: that chance is gone.
 */
function chooseNext(runs: Running[], limits: readonly EarliestRule[], ctx: Ctx): NextAction | null {
  const { nowMs } = ctx;
  const running = runs.filter((r) => r.endsMs >= nowMs);
  const overdue = runs.filter((r) => r.endsMs < nowMs && r.rule.actor !== 'buyer');
  // A seller's time that ran out and left the move to the buyer comes first, the latest one leading:
  // that is the moment the guides say to act (ask the platform to step in, open a dispute).
  const turn = overdue.filter((r) => handsOver(r.timer)).reverse();
  // A clock whose end opens a step for the buyer (a late parcel's coupon) is the buyer's business from
  // then on: it comes right after the buyer's own running clocks, before others' clocks to wait for.
  const opened = overdue.filter((r) => !turn.includes(r) && r.rule.next.some(opensAtEnd));
  const candidates = [
    ...turn, ...running.filter((r) => r.rule.actor === 'buyer'), ...opened, ...running.filter((r) => r.rule.actor !== 'buyer'),
    ...overdue.filter((r) => !turn.includes(r) && !opened.includes(r)),
  ];
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

/**
 * The time a stopped clock had left when it stopped: from the end it counted to (the page's countdown
 * when it was last seen running, else the row's arithmetic) to the stop (the refund request, else the
 * first time the page was seen saying it stopped, the latest it can have begun: then the time left is
 * the least it can be, and says so).
 */
function leftWhenStopped(row: ClockRule, paused: PausedClock, ctx: Ctx): Pick<PausedTimer, 'leftMs' | 'from' | 'earliest'> {
  const fromPage = paused.ranTo !== undefined && validIso(paused.ranTo);
  const end = fromPage ? isoToMs(paused.ranTo!) : ruleEnd(row, ctx)?.endsMs;
  if (end === undefined) return {};
  const requested = eventMs(ctx, 'refundRequestedAt');
  const seen = [paused.since, paused.readAt].find(validIso);
  const stop = Number.isNaN(requested) ? (seen ? isoToMs(seen) : ctx.nowMs) : requested;
  if (Number.isNaN(stop)) return {};
  return { leftMs: Math.max(0, end - stop), from: fromPage ? 'page' : 'rule', ...(Number.isNaN(requested) ? { earliest: true as const } : {}) };
}

/**
 * The clocks the page says are stopped (a refund open, where a marketplace's order page says so): each drops its counted
 * timer (the page's words win over arithmetic) and is said as paused, with the time it will have when
 * it runs again. Once the stop is over (the refund ended) and no page has shown the clock's countdown
 * since, it runs again with that time left from the last sighting of the stop: the earliest it can end.
 * A countdown the page shows for the clock wins over the words; a finished order has no stopped clock.
 */
function stoppedClocks(rules: readonly Rule[], ctx: Ctx, runs: Running[]): PausedTimer[] {
  const out: PausedTimer[] = [];
  if (NO_PAGE_ONLY_CLOCKS.includes(ctx.order.stage)) return out;
  for (const paused of ctx.order.paused ?? []) {
    if (runs.some((r) => r.rule.clock === paused.clock && r.timer.from === 'page') || out.some((p) => p.clock === paused.clock)) continue;
    const row = rowForClock(rules, ctx.order.marketplace, paused.clock);
    if (!row) continue;
    const left = leftWhenStopped(row, paused, ctx);
    const resumed = paused.over ? resumedRun(row, paused, left.leftMs, ctx) : undefined;
    // A stop that is over with no time left known: the row's own count stands.
    if (paused.over && !resumed) continue;
    for (let i = runs.length - 1; i >= 0; i--) if (runs[i]!.rule.clock === paused.clock) runs.splice(i, 1);
    if (resumed) runs.push(resumed);
    else out.push({ clock: row.clock, ruleId: row.id, actor: row.actor, onExpiry: row.onExpiry, text: paused.text, ...left });
  }
  return out;
}

/** The clock running again after its stop: the time left then, from the last sighting of the stop. */
function resumedRun(row: ClockRule, paused: PausedClock, leftMs: number | undefined, ctx: Ctx): Running | undefined {
  const since = [paused.readAt, paused.since, paused.over].find(validIso);
  if (leftMs === undefined || !since) return undefined;
  const ends = isoToMs(since) + leftMs;
  // Written in the platform's time, as the order's dates or the countdown it last showed are.
  const dated = Object.values(ctx.order.events).some(validIso);
  const endsAt = msToIso(ends, dated || !paused.ranTo ? offsetOfOrder(ctx) : isoOffsetMinutes(paused.ranTo) ?? 0);
  if (!validIso(endsAt)) return undefined;
  const timer: Timer = {
    clock: row.clock, ruleId: row.id, actor: row.actor, onExpiry: row.onExpiry, endsAt, from: 'rule', confidence: row.confidence,
    resumed: { since },
  };
  return { rule: row, endsMs: isoToMs(endsAt), timer };
}

/** Like assess, over any set of rows (tests use it for row semantics no table needs yet). */
export function assessWith(rules: readonly Rule[], order: OrderSnapshot, now: Date): Assessment {
  const nowMs = now.getTime();
  const ctx = contextOf(order, nowMs);
  ctx.rules = rules;
  const limits: EarliestRule[] = [];
  const paths: PathRule[] = [];
  // Never late: where the facts leave more than one row of a clock possible (a parcel signed for on a
  // day the page does not give), the clock ends at the earliest of their deadlines and says so.
  const runsByClock = new Map<string, { run: Running; maybe: boolean }[]>();
  for (const row of rowsFor(rules, order.marketplace, order.stage)) {
    const verdict = applies(row, ctx);
    if (verdict === 'no') continue;
    if (row.kind === 'earliest') {
      if (verdict === 'yes') limits.push(row);
      continue;
    }
    if (row.kind === 'path') {
      if (verdict === 'yes') paths.push(row);
      continue;
    }
    const run = timerFor(row, ctx);
    if (!run) continue;
    const found = runsByClock.get(row.clock);
    if (found) found.push({ run, maybe: verdict === 'maybe' });
    else runsByClock.set(row.clock, [{ run, maybe: verdict === 'maybe' }]);
  }
  const runs: Running[] = [];
  for (const found of runsByClock.values()) {
    const page = found.find((f) => f.run.timer.from === 'page');
    if (page) {
      runs.push(page.run);
      continue;
    }
    const soonest = found.reduce((a, b) => (b.run.endsMs < a.run.endsMs ? b : a));
    const undatedEvent = found.length > 1 || soonest.maybe
      ? STAGE_IMPLIES[order.stage]?.find((e) => undated(ctx, e)) : undefined;
    if (undatedEvent && !soonest.run.timer.earliest) {
      soonest.run.timer = { ...soonest.run.timer, earliest: { event: undatedEvent, why: 'no-date' } };
    }
    runs.push(soonest.run);
  }
  if (ctx.order.pageClocks.length && !NO_PAGE_ONLY_CLOCKS.includes(order.stage)) runs.push(...pageOnlyRuns(rules, ctx, runs));
  const paused = order.paused?.length ? stoppedClocks(rules, ctx, runs) : [];
  // Overdue clocks stay in the list (soonest first, so they lead): the UI shows them as overdue, which
  // says the page is stale or the marketplace is late with its automatic step.
  runs.sort((a, b) => a.endsMs - b.endsMs);
  const timers = runs.map((r) => r.timer);
  const assessment: Assessment = { stage: order.stage, timers, next: null, urgent: null };
  if (paused.length) assessment.paused = paused;
  if (Number.isNaN(nowMs)) return assessment;
  assessment.urgent = urgentOf(timers, nowMs);
  const steps = paths.flatMap((p) => p.steps);
  // A guide's path stands in for the next step where no clock gives one (a seller refusing a return).
  assessment.next = chooseNext(runs, limits, ctx) ?? pathStep(steps, ctx);
  if (steps.length) assessment.path = steps.map((s) => ({ action: s.action, labels: shownOr(s, ctx) }));
  const notes = [...new Set(paths.flatMap((p) => p.notes ?? []))];
  if (notes.length) assessment.notes = notes;
  return assessment;
}

export function assess(order: OrderSnapshot, now: Date): Assessment {
  return assessWith(RULES, order, now);
}
