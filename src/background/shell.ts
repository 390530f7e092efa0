// The browser side of reminders: notifications, their clicks and buttons, the badge. Kept apart from
// index.ts so the worker's entry stays a list of listeners.
import browser from '../lib/browser';
import type { Translate } from '../lib/i18n';
import { safeOrderLink } from '../lib/links';
import type { Notice, PlanOrder } from './planner';
import { isOurNotice, noticeContent, noticeTarget } from './notify';

export type ShellDeps = {
  translate: () => Promise<Translate>;
  /** The stored url of an order (read or hand-tracked), to open on a click. */
  urlOf: (key: string) => Promise<string | undefined>;
  snooze: (key: string, ruleId: string) => Promise<void>;
};

const POPUP_PAGE = 'src/popup/index.html';

export function createShell(deps: ShellDeps) {
  async function show(notice: Notice, orders: PlanOrder[], now: number): Promise<void> {
    const t = await deps.translate();
    const content = noticeContent(notice, orders, now, t, t('locale'));
    const base = {
      type: 'basic' as const, iconUrl: browser.runtime.getURL('icons/icon-128.png'), title: content.title,
      message: content.message, priority: 1,
    };
    if (!content.forOrder) {
      await browser.notifications.create(content.id, base);
      return;
    }
    // Chromium shows buttons; Firefox refuses the whole notice when it has any, so it gets the plain one.
    const withButtons = { ...base, buttons: [{ title: t('notice_open') }, { title: t('notice_tomorrow') }] };
    try {
      await browser.notifications.create(content.id, withButtons as typeof base);
    } catch {
      await browser.notifications.create(content.id, base);
    }
  }

  /** The order's own page when its link is https: on a marketplace; otherwise the list of all orders. */
  async function open(id: string): Promise<void> {
    const target = noticeTarget(id);
    const url = target ? safeOrderLink(await deps.urlOf(target.key)) : null;
    await browser.tabs.create({ url: url ?? browser.runtime.getURL(POPUP_PAGE) });
    await browser.notifications.clear(id);
  }

  function listen(): void {
    browser.notifications.onClicked.addListener((id) => {
      if (isOurNotice(id)) void open(id);
    });
    // Firefox has no buttons and no onButtonClicked.
    const chromeNotifications = browser.notifications as unknown as {
      onButtonClicked?: { addListener(fn: (id: string, index: number) => void): void };
    };
    chromeNotifications.onButtonClicked?.addListener((id, index) => {
      if (!isOurNotice(id)) return;
      const target = noticeTarget(id);
      if (index === 1 && target) void deps.snooze(target.key, target.ruleId).then(() => browser.notifications.clear(id));
      else void open(id);
    });
  }

  async function badge(text: string): Promise<void> {
    await browser.action.setBadgeText({ text });
    if (text) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  }

  return { show, badge, listen };
}
