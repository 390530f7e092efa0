// The thin shell around the planner: load what it needs, write down what it decided *before* showing
// anything (a crash then loses a notice rather than repeating one), show it, set the badge and the alarm.
// A log that cannot be written (storage full) does not hold the notices back: a reminder shown twice is
// better than one never shown. Runs are serialised, so two alarms firing together see each other's log.
import { ITEMS, upgrade, type KeyValueArea } from '../lib/storage';
import { EMPTY_LOG, SENT_LOG_KEY } from '../lib/sent-log';
import type { SettingsRecord } from '../lib/settings';
import { msToIso } from '../lib/time';
import { badgeChangesAt, badgeCount, badgeText } from './badge';
import { plan, snoozeUntil, timerId, type Notice, type PlanOrder } from './planner';

export const NEXT_ALARM = 'buyer-clock-next';
export const SWEEP_ALARM = 'buyer-clock-sweep';
/** The sweep catches whatever a lost alarm or a clock change would otherwise leave waiting. */
const SWEEP_MINUTES = 30;

type AlarmsApi = {
  create(name: string, info: { when?: number; periodInMinutes?: number }): unknown;
  clear(name: string): Promise<unknown>;
  get(name: string): Promise<{ name: string } | undefined | null>;
};

export type ReminderDeps = {
  tracked: (now: Date) => Promise<PlanOrder[]>;
  settings: () => Promise<SettingsRecord>;
  local: KeyValueArea;
  alarms: AlarmsApi;
  show: (notice: Notice, orders: PlanOrder[], now: number) => Promise<void>;
  badge: (text: string) => Promise<void>;
  now: () => number;
  zone: () => string;
  log?: (msg: string) => void;
};

export function createReminders(deps: ReminderDeps) {
  const warn = deps.log ?? console.warn;
  let queue: Promise<unknown> = Promise.resolve();
  // One waiting call per kind (deliver or not): calls arriving while it waits to start share it.
  const waiting = new Map<boolean, Promise<void>>();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch((e: unknown) => warn(`buyer-clock: reminders: ${String(e)}`));
    return run;
  };

  async function readLog() {
    return upgrade(ITEMS.reminders, (await deps.local.get(SENT_LOG_KEY))[SENT_LOG_KEY]) ?? EMPTY_LOG;
  }

  /**
   * `deliver` false (a store change): plan, set the badge and the alarm, show nothing. Whatever is due
   * goes out when the alarm fires a moment later, so every notice leaves through one door, the alarm.
   */
  async function once(deliver: boolean): Promise<void> {
    const now = deps.now();
    const [orders, settings, log] = await Promise.all([deps.tracked(new Date(now)), deps.settings(), readLog()]);
    const decided = plan({ orders, settings, log, now, zone: deps.zone() });
    if (deliver) {
      await deps.local.set({ [SENT_LOG_KEY]: decided.log }).catch((e: unknown) => warn(`buyer-clock: sent log not saved: ${String(e)}`));
      for (const notice of decided.notices) {
        await deps.show(notice, orders, now).catch((e: unknown) => warn(`buyer-clock: notification failed: ${String(e)}`));
      }
    }
    await deps.badge(badgeText(badgeCount(orders, settings, now)));
    const dueNow = !deliver && decided.notices.length > 0 ? now : Infinity;
    const next = Math.min(dueNow, decided.nextAt ?? Infinity, badgeChangesAt(orders, now) ?? Infinity);
    if (Number.isFinite(next)) deps.alarms.create(NEXT_ALARM, { when: Math.max(next, now + 1000) });
    else await deps.alarms.clear(NEXT_ALARM);
    if (!(await deps.alarms.get(SWEEP_ALARM))) deps.alarms.create(SWEEP_ALARM, { periodInMinutes: SWEEP_MINUTES });
  }

  function coalesced(deliver: boolean): Promise<void> {
    const pending = waiting.get(deliver);
    if (pending) return pending;
    const mine = serial(async () => {
      if (waiting.get(deliver) === mine) waiting.delete(deliver);
      await once(deliver);
    });
    waiting.set(deliver, mine);
    return mine;
  }

  return {
    /** Plan and deliver (an alarm, start-up). Calls arriving while one waits to start share it. */
    run: () => coalesced(true),

    /**
     * After a store change: plan and set the alarm; what is due goes out when it fires. Changes arriving
     * while one replan waits to start share it: a page writing every second costs one plan at a time.
     */
    replan: () => coalesced(false),

    /** "Remind me tomorrow" on the notice for this timer. */
    snooze(key: string, ruleId: string): Promise<void> {
      return serial(async () => {
        const now = deps.now();
        const order = (await deps.tracked(new Date(now))).find((o) => o.key === key);
        const timer = order?.timers.find((t) => t.ruleId === ruleId);
        if (!order || !timer) return;
        const log = await readLog();
        const snoozed = { ...log.snoozed, [timerId(key, timer)]: msToIso(snoozeUntil(timer, now)) };
        await deps.local.set({ [SENT_LOG_KEY]: { ...log, snoozed } });
      }).then(() => this.run());
    },
  };
}
