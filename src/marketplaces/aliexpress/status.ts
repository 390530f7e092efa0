// The status an order shows, found by its words rather than by one class name: the status block
// holds the title beside icons, countdowns and hints, and its markup changes between builds.
import type { Stage } from '../../rules/model';
import { firstMatch, textOf } from '../common/text';
import { stageOf } from './words';

export type Status = { text: string; stage: Stage | null };

const MAX_STATUS = 80; // longer texts are sentences or whole blocks, never a status title

/** The first element under root (root included) whose whole text is a known status. */
export function knownStatusIn(root: Element): Status | null {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const text = textOf(el);
    if (text.length === 0 || text.length > MAX_STATUS) continue;
    const stage = stageOf(text);
    if (stage) return { text, stage };
  }
  return null;
}

/**
 * The status in a status block: a known status anywhere in it, else the block's title as shown with
 * no stage (the caller reports it), else null when the block has no title at all.
 */
export function statusIn(block: Element, titleSelectors: readonly string[]): Status | null {
  const known = knownStatusIn(block);
  if (known) return known;
  const text = textOf(firstMatch(block, titleSelectors));
  return text ? { text, stage: null } : null;
}
