// An in-memory browser for the planner: storage that really stores, alarms that really fire on a fake
// clock, notifications that are recorded. One "browser" can host several workers in turn (a restart).
import { createReminders, type ReminderDeps } from '../../src/background/reminders';
import { createStore } from '../../src/background/store';
import { createManualStore } from '../../src/background/manual-store';
import { createSettingsStore } from '../../src/background/settings-store';
import { noticeContent } from '../../src/background/notify';
import { planOrder, trackedViews } from '../../src/background/tracked';
import { translateFrom } from '../../src/lib/i18n';
import en from '../../public/_locales/en/messages.json';
import { memoryArea } from './memory-area';

type Alarm = { name: string; scheduledTime: number; periodInMinutes?: number };
export type Shown = { id: string; title: string; message: string; at: number };

export function fakeBrowser(startMs: number, zone = 'UTC') {
  const clock = { now: startMs };
  const local = memoryArea();
  const sync = memoryArea();
  const alarms = new Map<string, Alarm>();
  const shown: Shown[] = [];
  const badge = { text: '' };
  let onAlarm: (alarm: Alarm) => Promise<void> = async () => {};
  const t = translateFrom(en);

  const alarmsApi: ReminderDeps['alarms'] = {
    create(name, info) {
      const when = info.when ?? clock.now + (info.periodInMinutes ?? 1) * 60_000;
      alarms.set(name, { name, scheduledTime: when, periodInMinutes: info.periodInMinutes });
    },
    clear: async (name) => alarms.delete(name),
    get: async (name) => alarms.get(name),
  };

  /** A fresh worker over the same storage and alarms: what a service-worker restart leaves behind. */
  function startWorker() {
    const now = () => new Date(clock.now);
    const store = createStore(local, now);
    const manual = createManualStore(local, now, () => 'm1');
    const settings = createSettingsStore(sync);
    const worker = createReminders({
      tracked: async (at) => (await trackedViews(store, manual, at)).map(planOrder),
      settings: () => settings.get(),
      local, alarms: alarmsApi,
      show: async (notice, orders, at) => {
        const c = noticeContent(notice, orders, at, t, 'en');
        shown.push({ id: c.id, title: c.title, message: c.message, at });
      },
      badge: async (text) => void (badge.text = text),
      now: () => clock.now, zone: () => zone,
    });
    onAlarm = async () => worker.run();
    return { worker, store, manual, settings };
  }

  async function fire(alarm: Alarm) {
    if (alarm.periodInMinutes) alarms.set(alarm.name, { ...alarm, scheduledTime: clock.now + alarm.periodInMinutes * 60_000 });
    else alarms.delete(alarm.name);
    await onAlarm(alarm);
  }

  return {
    clock, local, sync, alarms, shown, badge, startWorker,
    /** Stay awake until `ms`, firing every alarm when it comes due. */
    async advanceTo(ms: number) {
      for (;;) {
        const due = [...alarms.values()].filter((a) => a.scheduledTime <= ms).sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
        if (!due) break;
        clock.now = Math.max(clock.now, due.scheduledTime);
        await fire(due);
      }
      clock.now = ms;
    },
    /** Asleep until `ms`: nothing fires; on waking each overdue alarm fires once, as browsers do. */
    async sleepUntil(ms: number) {
      clock.now = ms;
      for (const alarm of [...alarms.values()].filter((a) => a.scheduledTime <= ms)) await fire(alarm);
    },
    /** The same alarm delivered twice at once (seen after a wake-up or a clock change). */
    async fireTwice(name: string) {
      const alarm = alarms.get(name);
      if (alarm) await Promise.all([fire(alarm), onAlarm(alarm)]);
    },
  };
}
