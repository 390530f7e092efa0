// Pieces every AliExpress reader assembles an OrderSnapshot from.
import type { OrderSnapshot } from '../../rules/model';
import type { Money } from '../common/money';
import { textOf } from '../common/text';
import type { Status } from './status';
import type { Events } from './when';

/** Button labels as shown, in page order, each once; icon-only buttons (no text) are left out. */
export function buttonLabels(root: Element, selector: string): string[] {
  const labels = [...root.querySelectorAll(selector)].map((el) => textOf(el)).filter((t) => t !== '');
  return [...new Set(labels)];
}

export type SnapshotParts = {
  orderId: string;
  status: Status;
  when: Events;
  pageClocks: OrderSnapshot['pageClocks'];
  buttons: string[];
  title?: string | null;
  total?: Money | null;
  url?: string | null;
};

/** The snapshot, with an unrecognised status as `unknown` and a line in problems saying so. */
export function snapshot(parts: SnapshotParts, ref: string, problems: string[]): OrderSnapshot {
  if (!parts.status.stage) problems.push(`${ref}: status not recognised`);
  const order: OrderSnapshot = {
    marketplace: 'aliexpress',
    orderId: parts.orderId,
    stage: parts.status.stage ?? 'unknown',
    statusText: parts.status.text,
    events: parts.when.events,
    pageClocks: parts.pageClocks,
    buttons: parts.buttons,
  };
  if (parts.when.approximate.length > 0) order.approximate = parts.when.approximate;
  if (parts.title) order.title = parts.title;
  if (parts.total) order.total = parts.total;
  if (parts.url) order.url = parts.url;
  return order;
}
