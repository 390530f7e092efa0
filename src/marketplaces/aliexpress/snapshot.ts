// Pieces every AliExpress reader assembles an OrderSnapshot from.
import type { OrderSnapshot } from '../../rules/model';
import { assembleSnapshot, type SnapshotParts } from '../common/snapshot';

export { buttonLabels } from '../common/buttons';

/** The snapshot of an AliExpress order (see common/snapshot.ts). */
export function snapshot(parts: Omit<SnapshotParts, 'marketplace'>, ref: string, problems: string[]): OrderSnapshot {
  return assembleSnapshot({ ...parts, marketplace: 'aliexpress' }, ref, problems);
}
