// Pieces every 1688 reader assembles an OrderSnapshot from.
import type { OrderSnapshot, Stage } from '../../rules/model';
import type { Money } from '../common/money';
import { deepQuerySelectorAll, deepText, type Scope } from '../common/shadow';
import type { Events } from './when';
import { statusWords } from './words';

export type Status = { text: string; stage: Stage | null };

/** A status as shown: its words (a "订单状态：" label dropped) and the stage they name, if known. */
export function statusFrom(text: string, stageOf: (text: string) => Stage | null): Status | null {
  const shown = statusWords(text).trim();
  return shown === '' ? null : { text: shown, stage: stageOf(shown) };
}

/** Button labels as shown, in page order, each once; icon-only buttons (no text) are left out. */
export function buttonLabels(scope: Scope, selector: string): string[] {
  const labels = deepQuerySelectorAll(scope, selector).map((el) => deepText(el)).filter((t) => t !== '' && t.length <= 20);
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
    marketplace: '1688',
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

const MAX_STATUS = 40; // longer texts are sentences or whole blocks, never a status

/** The first element under root (root included, shadow roots too) whose whole text is a known status. */
export function knownStatusIn(root: Element, stageOf: (text: string) => Stage | null): Status | null {
  for (const el of [root, ...deepQuerySelectorAll(root, '*')]) {
    const text = deepText(el);
    if (text.length === 0 || text.length > MAX_STATUS) continue;
    const stage = stageOf(text);
    if (stage) return { text: statusWords(text), stage };
  }
  return null;
}
