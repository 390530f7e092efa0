// Pieces every AliExpress reader assembles an OrderSnapshot from.
import type { OrderSnapshot } from '../../rules/model';
import { assembleSnapshot, type SnapshotParts } from '../common/snapshot';
import { textOf } from '../common/text';

/** Button labels as shown, in page order, each once; icon-only buttons (no text) are left out. */
export function buttonLabels(root: Element, selector: string): string[] {
  const labels = [...root.querySelectorAll(selector)].map((el) => textOf(el)).filter((t) => t !== '');
  return [...new Set(labels)];
}

/** The snapshot of an AliExpress order (see common/snapshot.ts). */
export function snapshot(parts: Omit<SnapshotParts, 'marketplace'>, ref: string, problems: string[]): OrderSnapshot {
  return assembleSnapshot({ ...parts, marketplace: 'aliexpress' }, ref, problems);
}
