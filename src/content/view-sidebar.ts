// The view of every page but a list: the sidebar for the page's order, and the guard on its "confirm
// receipt" button. Loaded only there, with preact. The guard is armed before the sidebar is built, and
// asks through the browser's own confirm() if the sidebar cannot be built at all.
import type { OrderReply, OrderView, PageReadReply } from '../lib/messages';
import type { BuyerNotes } from '../lib/storage';
import type { PageReading } from '../rules/model';
import type { GuardQuestion } from '../ui/Guard';
import { SidebarMount } from '../sidebar/mount';
import { ClickGuard, askPlainly } from './click-guard';
import { findButton } from './find-button';
import { pageOutline } from './outline';
import { occupied, roomForPanel } from './room';
import { DAY, isoToMs } from '../lib/time';
import { FINISHED } from '../rules/vocabulary';
import type { Side } from '../lib/sites';
import { resolveTheme } from './theme';
import type { View, ViewHost } from './view';

/**
 * An order that asks nothing of the buyer now, so it starts as the pill: a finished one, or one where
 * only the seller's or the marketplace's clocks run. An order with no known clock, or a guard up, does not.
 */
export function quiet(order: OrderView | undefined, now: number): boolean {
  if (!order || order.guard) return false;
  if (FINISHED.includes(order.stage)) return true;
  const running = order.assessment.timers.filter((tm) => isoToMs(tm.endsAt) >= now);
  return running.length > 0 && running.every((tm) => tm.actor !== 'buyer');
}

/**
 * Whether the order's sidebar starts as the pill: hidden by the buyer, or quiet, or with no margin for
 * the panel — except that a buyer's clock with a day or less left opens it, until the buyer hides it.
 */
export function startsAsPill(order: OrderView | undefined, hidden: boolean, now: number, room: () => boolean): boolean {
  if (hidden) return true;
  const due = order?.assessment.timers.some((tm) => tm.actor === 'buyer' && isoToMs(tm.endsAt) >= now && isoToMs(tm.endsAt) - now <= DAY);
  return !due && (quiet(order, now) || !room());
}

export function createView({ doc, t, locale, send, setGuardHook }: ViewHost): View {
  let shown: { reading: PageReading; reply: PageReadReply } | null = null;
  let collapsed = false;
  let question: (GuardQuestion & { target: Element }) | null = null;
  let pressAgain: string | null = null;
  /** The order whose starting state (panel or pill) was decided: decided once, then the buyer's. */
  let decidedFor: string | null = null;
  /** Where the buyer keeps the sidebar on this site: the worker's answer to the first reading, then the buyer's moves. */
  let side: Side | null = null;

  // Assigned below, once built; null when it could not be.
  let sidebar: SidebarMount | null = null;
  const guard = new ClickGuard((kind, target, label) => {
    if (!sidebar) return askPlainly(doc, t, kind);
    question = { kind, label, target };
    pressAgain = null;
    try {
      paint();
    } catch {
      question = null;
      return askPlainly(doc, t, kind);
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
    const key = shown?.reply.orders[0]?.key;
    if (key) void send({ type: 'set-ui', sidebarCollapsed: value, key });
  };

  const onSide = (value: Side) => {
    side = value;
    paint();
    void send({ type: 'set-side', side: value });
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
    // The status quoted is the page's in front of the buyer, not the one kept from another page.
    const pageSays = reading.orders.find((o) => o.orderId === order?.orderId)?.statusText;
    const box = question?.target.isConnected ? question.target.getBoundingClientRect() : null;
    const win = doc.defaultView;
    const anchor = box && win
      ? { left: box.left, top: box.top, bottom: box.bottom, viewportHeight: win.innerHeight, viewportWidth: win.innerWidth } : null;
    sidebar?.update({
      order: order ?? null, pageSays, anchor, unreadable: reading.orders.length === 0, collapsed, confirmOnPage: armed,
      question, pressAgain, onAnswer, onNotes: (patch) => void onNotes(patch), outline: () => pageOutline(doc),
      side: side ?? 'right', onSide, theme: resolveTheme(reply.ui.theme, doc),
    });
  }

  return {
    show(reading, reply) {
      shown = { reading, reply };
      const key = reply.orders[0]?.key ?? '';
      side ??= reply.ui.side ?? 'right';
      if (decidedFor !== key) {
        decidedFor = key;
        // Out of the page's way to start with: the pill where the page leaves no margin for the panel,
        // and for an order that asks nothing of the buyer now.
        const edge = side;
        collapsed = startsAsPill(reply.orders[0], reply.ui.sidebarCollapsed, Date.now(), () => roomForPanel(doc, occupied(doc), edge));
      }
      paint();
    },
    focus() {
      sidebar?.focusPanel();
    },
    destroy() {
      guard.set(null);
      setGuardHook(null);
      sidebar?.destroy();
    },
  };
}
