// The status an order shows, found by its words rather than by one class name: the status block
// holds the title beside icons, countdowns and hints, and its markup changes between builds.
import { firstMatch, textOf } from '../common/text';
import { stageOf } from './words';

import type { Status } from '../common/snapshot';

export type { Status };

const MAX_STATUS = 80; // longer texts are sentences or whole blocks, never a status title

/** The first element under root (root included) whose whole text is a known status. */
function knownStatusIn(root: Element): Status | null {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const text = textOf(el);
    if (text.length === 0 || text.length > MAX_STATUS) continue;
    const stage = stageOf(text);
    if (stage) return { text, stage };
  }
  return null;
}

/** The status an element shows: a known status in it, else its text with no stage (the caller reports it). */
export function statusOf(el: Element | null): Status | null {
  if (!el) return null;
  const known = knownStatusIn(el);
  if (known) return known;
  const text = textOf(el);
  return text ? { text, stage: null } : null;
}

/**
 * The status in a status block: a known status anywhere in it, else its title as shown; null when
 * the block has no title at all.
 */
export function statusIn(block: Element, titleSelectors: readonly string[]): Status | null {
  return knownStatusIn(block) ?? statusOf(firstMatch(block, titleSelectors));
}
