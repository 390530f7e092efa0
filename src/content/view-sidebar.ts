// The view of every page but a list: the sidebar for the page's order, and the guard on its "confirm
// receipt" button. Loaded only there, with preact. The guard is armed before the sidebar is built, and
// asks through the browser's own confirm() if the sidebar cannot be built at all.
import type { OrderReply, OrderView, PageReadReply } from '../lib/messages';
import type { BuyerNotes } from '../lib/storage';
import type { PageReading } from '../rules/model';
import type { GuardQuestion } from '../ui/Guard';
import { SidebarMount } from '../sidebar/mount';
import { ClickGuard, askPlainly, type GuardKind } from './click-guard';
import { findButton } from './find-button';
import { pageOutline } from './outline';
import type { View, ViewHost } from './view';

export function createView({ doc, t, locale, send, setGuardHook }: ViewHost): View {
  let shown: { reading: PageReading; reply: PageReadReply } | null = null;
  let collapsed = false;
  let question: (GuardQuestion & { target: Element }) | null = null;
  let pressAgain: string | null = null;

  // Assigned below, once built; null when it could not be.
  let sidebar: SidebarMount | null = null;
  const plainly = (kind: GuardKind) => askPlainly(doc, t(kind === 'confirm' ? 'guard_ask_confirm' : 'guard_ask_withdraw'));
  const guard = new ClickGuard((kind, target, label) => {
    if (!sidebar) return plainly(kind);
    question = { kind, label, target };
    pressAgain = null;
    collapsed = false;
    try {
      paint();
    } catch {
      question = null;
      return plainly(kind);
    }
    return false;
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

  try {
    sidebar = new SidebarMount(doc, t, locale, onCollapse);
  } catch {
    sidebar = null;
  }

  function guardOn(order: OrderView | undefined): boolean {
    guard.set(order?.guard ?? null);
    return !!order?.guard && findButton(doc, order.guard.confirmLabels) !== null;
  }

  function paint(): void {
    if (!shown) return;
    const { reading, reply } = shown;
    const order = reply.orders[0];
    const armed = guardOn(order);
    sidebar?.update({
      order: order ?? null, unreadable: reading.orders.length === 0, collapsed, confirmOnPage: armed,
      question, pressAgain, onAnswer, onNotes: (patch) => void onNotes(patch), outline: () => pageOutline(doc),
    });
  }

  return {
    show(reading, reply) {
      shown = { reading, reply };
      collapsed = reply.ui.sidebarCollapsed;
      paint();
    },
    destroy() {
      guard.set(null);
      setGuardHook(null);
      sidebar?.destroy();
    },
  };
}
