// Reminders, badge, popup, options and the calendar export in real Chromium, with real alarms and
// notifications in the extension's worker. One browser for the whole file; each test starts from an empty
// store and stores the orders it needs.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/browsers.mjs';
import { axeViolations } from './axe';
import { CANCEL_URL } from './scenarios';
import { HOUR, isoIn, shippedRecord } from './tracked-orders';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

describe('Chromium: reminders, badge, popup, options', () => {
  let chromium: Chromium;
  const page = (path: string) => `chrome-extension://${chromium.extensionId}/src/${path}/index.html`;
  const inWorker = <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => chromium.worker.evaluate(fn as never, arg) as Promise<T>;
  let soon = '';
  /** Three shipped orders, stored out of their order of urgency: due in 2 h, 30 h and 5 days. */
  const storeThree = () => inWorker((records) => chrome.storage.local.set(Object.fromEntries(records.map((r) => [r.key, r]))), [
    shippedRecord('8190000000000003', isoIn(5 * 24 * HOUR), 'Rain jacket'),
    shippedRecord('8190000000000001', soon, 'Folding desk lamp'),
    shippedRecord('8190000000000002', isoIn(30 * HOUR), 'Phone case'),
  ]);

  beforeAll(async () => {
    chromium = await launchChromium('dist-e2e/chrome');
  });
  beforeEach(async () => {
    soon = isoIn(2 * HOUR);
    await inWorker(async () => {
      await chrome.storage.local.clear();
      // Quiet hours off: this run may happen at night, and quiet hours would rightly hold the reminder.
      await chrome.storage.sync.set({
        settings: { schema: 1, leadMinutes: [4320, 1440, 180], quiet: { enabled: false, start: 1380, end: 480 }, language: 'auto', marketplaces: {} },
      });
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
      await chrome.action.setBadgeText({ text: '' });
    });
  });
  afterAll(() => chromium?.close());

  it('firing the alarm for an order due in 2 hours shows one notification and a badge of 1', async () => {
    await inWorker((record) => chrome.storage.local.set({ [record.key]: record }), shippedRecord('8190000000000001', soon, 'Folding desk lamp'));
    // The test's own alarm under the planner's name, as a real alarm would come.
    await inWorker(() => chrome.alarms.create('buyer-clock-next', { when: Date.now() + 500 }));
    await expect.poll(() => inWorker(() => chrome.notifications.getAll()), { timeout: 15_000 })
      .toSatisfy((all: object) => Object.keys(all).length > 0);
    const shown = await inWorker(() => chrome.notifications.getAll());
    expect(Object.keys(shown)).toEqual(['buyer-clock|order:aliexpress:8190000000000001|ae-protection|lead:180']);
    expect(await inWorker(() => chrome.action.getBadgeText({}))).toBe('1');
    // Another alarm, and a start-up's run, find nothing new to say.
    await inWorker(() => chrome.alarms.create('buyer-clock-next', { when: Date.now() + 500 }));
    await expect.poll(() => inWorker(async () => (await chrome.alarms.get('buyer-clock-next'))?.scheduledTime ?? 0), { timeout: 15_000 })
      .toBeGreaterThan(Date.now() + 1000);
    expect(Object.keys(await inWorker(() => chrome.notifications.getAll()))).toHaveLength(1);
    const log = (await inWorker(() => chrome.storage.local.get('reminders'))) as { reminders: { sent: Record<string, string> } };
    // The 3-day and 1-day reminders were already past when the order arrived: set aside, never sent.
    expect(Object.keys(log.reminders.sent).sort()).toEqual([
      'order:aliexpress:8190000000000001|ae-protection|lead:1440',
      'order:aliexpress:8190000000000001|ae-protection|lead:180',
      'order:aliexpress:8190000000000001|ae-protection|lead:4320',
    ]);
  });

  it('the popup lists three orders, most urgent first, and has no axe violations', async () => {
    await storeThree();
    const tab = await chromium.context.newPage();
    await tab.goto(page('popup'));
    await tab.waitForFunction(() => document.querySelectorAll('li[data-order]').length === 3);
    const ids = await tab.evaluate(() => [...document.querySelectorAll('li[data-order]')].map((li) => li.getAttribute('data-order')));
    expect(ids).toEqual(['8190000000000001', '8190000000000002', '8190000000000003']);
    expect(await tab.textContent('li[data-order="8190000000000001"] .sentence')).toMatch(/^You have 1 hr 5\d min left to raise any problem/);
    expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg))).toEqual([]);
    // Keyboard alone: "+ Add" is in the sticky header, after the settings link and the search; Enter opens
    // the form, focus inside it.
    for (let i = 0; i < 3; i++) await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Add an order by hand');
    await tab.keyboard.press('Enter');
    await tab.waitForSelector('form.add-order');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('marketplace');
    // The system's dark mode.
    await tab.emulateMedia({ colorScheme: 'dark' });
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 31, 36)');
    expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg))).toEqual([]);
    await tab.close();
  });

  it('exports an .ics with one event per upcoming deadline, and the options page has no axe violations', async () => {
    await storeThree();
    const tab = await chromium.context.newPage();
    await tab.goto(page('options'));
    await tab.waitForSelector('button[data-export="ics"]');
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('button[data-export="ics"]')]);
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(3);
    const ends = events.map((e) => e.endDate.toJSDate().toISOString().replace(/\.\d+Z$/, 'Z')).sort();
    expect(ends[0]).toBe(soon);
    expect(events.map((e) => e.summary).sort()[0]).toMatch(/^AliExpress · Folding desk lamp: raise any problem/);
    expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg))).toEqual([]);
    await tab.close();
  });

  it('the sidebar has no axe violations (open shadow root of the e2e build)', async () => {
    const tab = await chromium.context.newPage();
    await tab.goto(CANCEL_URL);
    await tab.waitForFunction(() => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel')));
    expect(await axeViolations((fn, arg) => tab.evaluate(fn as never, arg), 'buyer-clock-sidebar')).toEqual([]);
    await tab.close();
  });

  it('the sidebar speaks the language chosen in the options, not the browser\'s', async () => {
    await inWorker(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), language: 'zh_CN' } });
    });
    const tab = await chromium.context.newPage();
    await tab.goto(CANCEL_URL);
    await tab.waitForFunction(() => (document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector<HTMLButtonElement>('button.tab')?.click(), !!document.querySelector('buyer-clock-sidebar')?.shadowRoot?.querySelector('.panel')));
    const text = await tab.evaluate(() => document.querySelector('buyer-clock-sidebar')!.shadowRoot!.textContent ?? '');
    expect(text).toContain('已申请取消');
    await tab.close();
  });
});
