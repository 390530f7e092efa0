// The view of a list page: a chip beside each order, and the guard over 确认收货 in the rows of orders
// with a refund open. No UI library: a list page loads none.
import { Chips } from './chips';
import { ListGuard } from './list-guard';
import { resolveTheme } from './theme';
import type { View, ViewHost } from './view';

export function createView({ doc, t, setGuardHook }: ViewHost): View {
  const chips = new Chips(doc, t);
  const guard = new ListGuard(doc, t, setGuardHook, (button) => chips.ownerOf(button));
  let everyOrderPlaced = false;
  return {
    show(reading, reply) {
      const theme = resolveTheme(reply.ui.theme, doc);
      // The guard first: it holds the rows' buttons even if no chip can be drawn.
      guard.theme = theme;
      guard.update(reply.orders);
      try {
        chips.show(reply.orders, theme);
      } catch {
        // No chips on this page; the guard asks through the browser's own confirm().
      }
      everyOrderPlaced = reading.orders.every((o) => chips.placed(o.orderId));
    },
    destroy: () => {
      guard.destroy();
      chips.clear();
    },
    // Where the chips are is where the orders are, once every order read has its chip.
    region: () => (everyOrderPlaced ? chips.region() : null),
  };
}
