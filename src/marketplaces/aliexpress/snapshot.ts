// Pieces every AliExpress reader assembles an OrderSnapshot from.
import type { OrderSnapshot } from '../../rules/model';
import { assembleSnapshot, type SnapshotParts } from '../common/snapshot';
import { textOf } from '../common/text';
import { buttonTypeOf, typedLabels } from './words/button-types';

/**
 * Button labels as shown, in page order, each once; icon-only buttons (no text) are left out unless a
 * stable type (on the button or the element it sits in) names them. A typed button whose text is not
 * its type's known word is also listed under the type's English label.
 */
export function buttonLabels(root: Element, selector: string): string[] {
  const labels = [...root.querySelectorAll(selector)].flatMap((el) => {
    const type = buttonTypeOf(el) ?? (el.parentElement ? buttonTypeOf(el.parentElement) : null);
    return typedLabels(type, textOf(el));
  });
  return [...new Set(labels)];
}

/** The snapshot of an AliExpress order (see common/snapshot.ts), with the "Free returns" mark when the page shows it. */
export function snapshot(
  parts: Omit<SnapshotParts, 'marketplace'> & { freeReturn?: boolean }, ref: string, problems: string[],
): OrderSnapshot {
  const { freeReturn, ...rest } = parts;
  const order = assembleSnapshot({ ...rest, marketplace: 'aliexpress' }, ref, problems);
  if (freeReturn) order.freeReturn = true;
  return order;
}
