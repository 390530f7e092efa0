// The service worker (an event page in Firefox): wiring only. It wakes for messages, alarms, storage
// changes, notification clicks, install and browser start-up.
import browser, { answerMessages } from '../lib/browser';
import type { Messages } from '../lib/i18n';
import type { KeyValueArea } from '../lib/storage';
import { SETTINGS_KEY } from '../lib/settings';
import { MANUAL_PREFIX } from '../lib/manual';
import { ORDER_PREFIX } from '../lib/storage';
import { createManualStore } from './manual-store';
import { createPageCodeLoader } from './inject';
import { createPageHandlers } from './pages';
import { NEXT_ALARM, SWEEP_ALARM, createReminders } from './reminders';
import { createRouter } from './router';
import { createSettingsStore } from './settings-store';
import { createShell } from './shell';
import { createStore } from './store';
import { createStrings } from './strings';
import { planOrder, trackedViews } from './tracked';

const local = browser.storage.local as KeyValueArea;
const sync = browser.storage.sync as KeyValueArea;
const now = () => new Date();
const store = createStore(local, now);
const manual = createManualStore(local, now, () => crypto.randomUUID().slice(0, 8));
const settings = createSettingsStore(sync);
// Our own packaged file, read through the extension's URL: not a network request.
const strings = createStrings(
  async (lang) => (await (await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`))).json()) as Messages,
  (key, subs) => browser.i18n.getMessage(key, subs),
);
const chosenStrings = async () => strings.strings((await settings.get()).language);

const tracked = (at: Date) => trackedViews(store, manual, at);
const shell = createShell({
  translate: async () => strings.translate((await settings.get()).language),
  urlOf: async (key) => (await tracked(now())).find((o) => o.key === key)?.url,
  snooze: (key, ruleId) => reminders.snooze(key, ruleId),
});
const reminders = createReminders({
  tracked: async (at) => (await tracked(at)).map(planOrder),
  settings: () => settings.get(),
  local,
  alarms: browser.alarms,
  show: shell.show,
  badge: shell.badge,
  now: Date.now,
  zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
});

const route = createRouter({
  store, runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL(''), now,
  tracked, strings: chosenStrings, theme: async () => (await settings.get()).theme,
  loadPageCode: createPageCodeLoader((target, files) => browser.scripting.executeScript({ target, files })),
  pages: createPageHandlers({ store, settings, manual, strings: strings.strings, local, sync, now }),
});

answerMessages(route);

// "After every change to the store": orders read or typed, and settings. The planner's own log is not a
// reason to plan again.
browser.storage.onChanged.addListener((changes, area) => {
  const keys = Object.keys(changes);
  const relevant = area === 'sync'
    ? keys.includes(SETTINGS_KEY)
    : keys.some((k) => k.startsWith(ORDER_PREFIX) || k.startsWith(MANUAL_PREFIX));
  if (relevant) void reminders.replan();
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === NEXT_ALARM || alarm.name === SWEEP_ALARM) void reminders.run();
});
browser.runtime.onInstalled.addListener(() => void reminders.run());
browser.runtime.onStartup.addListener(() => void reminders.run());
shell.listen();
// The keyboard command opens the sidebar on the order page in front of the buyer.
browser.commands?.onCommand.addListener((command, tab) => {
  if (command === 'focus-sidebar' && tab?.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'focus-sidebar' }).catch(() => undefined);
});
