// The view of a list page: a chip beside each order. No UI library: a list page loads none.
import { Chips } from './chips';
import type { View, ViewHost } from './view';

export function createView({ doc, t }: ViewHost): View {
  const chips = new Chips(doc, t);
  let everyOrderPlaced = false;
  return {
    show(reading, reply) {
      chips.show(reply.orders);
      everyOrderPlaced = reading.orders.every((o) => chips.placed(o.orderId));
    },
    destroy: () => chips.clear(),
    // Where the chips are is where the orders are, once every order read has its chip.
    region: () => (everyOrderPlaced ? chips.region() : null),
  };
}
