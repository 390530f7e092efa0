// Loaded only on an order page (see index.ts): read it, report it, show what the worker answers.
import browser from '../lib/browser';
import { detectPage, readPage } from '../marketplaces';
import type { PageReading } from '../rules/model';
import type { Message, PageReadReply } from '../lib/messages';
import { translateWith } from '../lib/i18n';
import { SidebarMount } from '../sidebar/mount';
import { Chips } from './chips';
import { fingerprint } from './fingerprint';
import { watchPage } from './watch';

export function start(doc: Document = document): void {
  const t = translateWith((key, subs) => browser.i18n.getMessage(key, subs));
  const locale = t('locale');
  let sidebar: SidebarMount | null = null;
  let chips: Chips | null = null;
  let lastPrint = '';
  let collapsed = false;
  let shown: { reading: PageReading; reply: PageReadReply } | null = null;

  const teardown = () => {
    sidebar?.destroy();
    chips?.clear();
    sidebar = chips = null;
    shown = null;
    lastPrint = '';
  };

  // After the extension is reloaded or updated this script is orphaned: stop quietly, throw nothing at the page.
  const orphaned = () => {
    try {
      return !browser.runtime?.id;
    } catch {
      return true;
    }
  };
  let unwatch = () => {};
  const quit = () => {
    unwatch();
    teardown();
  };

  async function send(message: Message): Promise<unknown> {
    if (orphaned()) return quit();
    try {
      return await browser.runtime.sendMessage(message);
    } catch {
      if (orphaned()) quit();
      return undefined;
    }
  }

  const onCollapse = (value: boolean) => {
    collapsed = value;
    paint();
    void send({ type: 'set-ui', sidebarCollapsed: value });
  };

  function paint(): void {
    if (!shown) return;
    const { reading, reply } = shown;
    if (reading.kind === 'order-list') {
      sidebar?.destroy();
      sidebar = null;
      (chips ??= new Chips(doc, t)).show(reply.orders);
      return;
    }
    chips?.clear();
    chips = null;
    sidebar ??= new SidebarMount(doc, t, locale, onCollapse);
    sidebar.update({ order: reply.orders[0] ?? null, unreadable: reading.orders.length === 0, collapsed });
  }

  async function refresh(): Promise<void> {
    const href = doc.location?.href ?? '';
    const reading = detectPage(href) ? readPage(href, doc, new Date()) : null;
    if (!reading) return teardown(); // not an order page (any more), or a verification page: stay out of the way
    const print = fingerprint(reading);
    if (print === lastPrint) return;
    lastPrint = print;
    const reply = (await send({ type: 'page-read', reading })) as PageReadReply | undefined;
    if (!reply?.ok || print !== lastPrint) return;
    collapsed = reply.ui.sidebarCollapsed;
    shown = { reading, reply };
    paint();
  }

  unwatch = watchPage(doc, () => void refresh());
  void refresh();
}
