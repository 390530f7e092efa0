// Loaded only on an order page (see index.ts): read it, report it, show what the worker answers.
import { loadReader, readPageLazy } from '../marketplaces/lazy';
import type { PageReading } from '../rules/model';
import type { Message, OrderReply, OrderView, PageReadReply } from '../lib/messages';
import type { BuyerNotes } from '../lib/storage';
import type { GuardQuestion } from '../ui/Guard';
import { translateFrom, translateWith } from '../lib/i18n';
import { SidebarMount } from '../sidebar/mount';
import { Chips } from './chips';
import { ClickGuard } from './click-guard';
import { findButton } from './find-button';
import { pageOutline } from './outline';
import type { SetClickHook } from './guard-hook';
import { pageApi } from './page-api';
import { fingerprint } from './fingerprint';
import { watchPage } from './watch';

export function start(setGuardHook: SetClickHook, doc: Document = document): void {
  // Fetched now, while the page is still parsing, rather than when the first reading is due.
  void loadReader(doc.location?.href ?? '');
  const browser = pageApi();
  let t = translateWith((key, subs) => browser?.i18n.getMessage(key, subs) ?? '');
  let locale = t('locale');
  let sidebar: SidebarMount | null = null;
  let chips: Chips | null = null;
  let lastPrint = '';
  let collapsed = false;
  let shown: { reading: PageReading; reply: PageReadReply } | null = null;
  let question: (GuardQuestion & { target: Element }) | null = null;
  let pressAgain: string | null = null;

  const guard = new ClickGuard((kind, target, label) => {
    question = { kind, label, target };
    pressAgain = null;
    collapsed = false;
    paint();
  });
  setGuardHook(guard.handle);

  const onAnswer = (proceed: boolean) => {
    if (proceed && question) {
      guard.allowOnce(question.target);
      pressAgain = question.label;
    }
    question = null;
    paint();
  };

  const teardown = () => {
    guard.set(null);
    sidebar?.destroy();
    chips?.clear();
    sidebar = chips = null;
    shown = null;
    lastPrint = '';
  };

  // After the extension is reloaded or updated this script is orphaned: stop quietly, throw nothing at the page.
  const orphaned = () => {
    try {
      return !browser?.runtime?.id;
    } catch {
      return true;
    }
  };
  let unwatch = () => {};
  const quit = () => {
    unwatch();
    teardown();
    setGuardHook(null);
  };

  async function send(message: Message): Promise<unknown> {
    if (orphaned()) return quit();
    try {
      return await browser?.runtime.sendMessage(message);
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

  const onNotes = async (patch: Partial<BuyerNotes>) => {
    const order = shown?.reply.orders[0];
    if (!order) return;
    const reply = (await send({ type: 'set-order-notes', key: order.key, ...patch })) as OrderReply | undefined;
    if (!reply?.ok || !shown) return;
    shown = { ...shown, reply: { ...shown.reply, orders: shown.reply.orders.map((o) => (o.key === reply.order.key ? reply.order : o)) } };
    paint();
  };

  function guardOn(order: OrderView | undefined): boolean {
    guard.set(order?.guard ?? null);
    return !!order?.guard && findButton(doc, order.guard.confirmLabels) !== null;
  }

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
    const order = reply.orders[0];
    sidebar.update({
      order: order ?? null, unreadable: reading.orders.length === 0, collapsed, confirmOnPage: guardOn(order),
      question, pressAgain, onAnswer, onNotes: (patch) => void onNotes(patch), outline: () => pageOutline(doc),
    });
  }

  async function refresh(): Promise<void> {
    if (orphaned()) return quit();
    const href = doc.location?.href ?? '';
    const reading = await readPageLazy(href, doc);
    if (!reading) return teardown(); // not an order page (any more), or a verification page: stay out of the way
    const print = fingerprint(reading);
    if (print === lastPrint) return;
    lastPrint = print;
    const reply = (await send({ type: 'page-read', reading })) as PageReadReply | undefined;
    if (!reply?.ok || print !== lastPrint) return;
    collapsed = reply.ui.sidebarCollapsed;
    // The language chosen in the options (absent for "automatic"); it applies from the first reply on,
    // before anything is drawn in the browser's language.
    if (reply.strings && !sidebar && !chips) {
      t = translateFrom(reply.strings);
      locale = t('locale');
    }
    shown = { reading, reply };
    paint();
  }

  // The script starts at document_start (so the guard's click hook comes before the page's own); the
  // order is read once the document has been parsed.
  const begin = () => {
    unwatch = watchPage(doc, () => void refresh());
    void refresh();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
}
