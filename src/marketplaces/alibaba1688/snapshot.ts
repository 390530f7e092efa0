// Pieces every 1688 reader assembles an OrderSnapshot from.
import type { OrderSnapshot, Stage } from '../../rules/model';
import { assembleSnapshot, type SnapshotParts, type Status } from '../common/snapshot';
import { buttonLabels as commonButtonLabels } from '../common/buttons';
import { deepQuerySelectorAll, deepText, type Scope } from '../common/shadow';
import { alibaba1688WordOf, statusWords } from './words';

export type { Status };

/** A status as shown: its words (a "订单状态：" label dropped) and the stage they name, if known. */
export function statusFrom(text: string, stageOf: (text: string) => Stage | null): Status | null {
  const shown = statusWords(text).trim();
  return shown === '' ? null : { text: shown, stage: stageOf(shown) };
}

/** The labels of the buttons under scope; a machine-translated label goes back to 1688's own word. */
export function buttonLabels(scope: Scope, selector: string): string[] {
  return commonButtonLabels(scope, selector, (label) => alibaba1688WordOf(label) ?? label);
}

/** The snapshot of a 1688 order (see common/snapshot.ts). */
export function snapshot(parts: Omit<SnapshotParts, 'marketplace'>, ref: string, problems: string[]): OrderSnapshot {
  return assembleSnapshot({ ...parts, marketplace: '1688' }, ref, problems);
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
