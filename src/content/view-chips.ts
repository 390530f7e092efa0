// The view of a list page: a chip beside each order. No UI library: a list page loads none.
import { Chips } from './chips';
import type { View, ViewHost } from './view';

export function createView({ doc, t }: ViewHost): View {
  const chips = new Chips(doc, t);
  return { show: (_reading, reply) => chips.show(reply.orders), destroy: () => chips.clear() };
}
