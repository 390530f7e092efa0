// Finding the page's own button by the label the rule table gives, in any of the page's languages.
import { deepQuerySelectorAll, deepText } from '../marketplaces/common/shadow';
import { isOurs } from './shadow-host';

// q-button: 1688's button component, whose label is slotted light text.
export const CLICKABLE = 'button, a, [role="button"], input[type="button"], input[type="submit"], q-button';
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** A button's label as compared: its text as drawn (an input's value), spacing folded, lower case. */
export function buttonLabel(el: Element): string {
  return norm(el instanceof HTMLInputElement ? el.value : deepText(el));
}

/** Whether a label (from buttonLabel) is exactly one of the given labels. */
export function matchesLabel(label: string, labels: string[]): boolean {
  return labels.some((l) => norm(l) === label);
}

function visible(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** An exact label match first, then a button whose label starts with it; visible ones before hidden ones. */
export function findButton(doc: Document, labels: string[]): Element | null {
  const wanted = labels.map(norm).filter(Boolean);
  const candidates = deepQuerySelectorAll(doc, CLICKABLE).filter((el) => !isOurs(el));
  const rank = (el: Element): number => {
    const label = buttonLabel(el);
    const exact = wanted.includes(label);
    const prefix = !exact && wanted.some((w) => label.startsWith(w));
    if (!exact && !prefix) return 0;
    return (exact ? 2 : 1) + (visible(el) ? 2 : 0);
  };
  let best: Element | null = null;
  let bestRank = 0;
  for (const el of candidates) {
    const r = rank(el);
    if (r > bestRank) [best, bestRank] = [el, r];
  }
  return best;
}
