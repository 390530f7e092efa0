// The buttons an order shows, read the same way on every marketplace: their labels as drawn (open
// shadow roots included, as 1688's q-button draws its label through a slot), in page order, each once.
// An icon-only button (no text) is left out, and so is a "button" whose text runs longer than any
// label does: a wrapper around a whole block, not a button.
import { deepQuerySelectorAll, deepText, type Scope } from './shadow';
import { normalise } from './text';

const MAX_LABEL = 40;

/** Labels as given, in order, each once; empty and overlong ones left out. */
export function uniqueLabels(labels: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const label of labels) {
    const text = normalise(label ?? '');
    if (text && text.length <= MAX_LABEL) out.add(text);
  }
  return [...out];
}

/**
 * The labels of the buttons under scope matching selector. `ownWord` turns a machine-translated label
 * back into the page's own word where the marketplace's table knows it.
 */
export function buttonLabels(scope: Scope, selector: string, ownWord: (label: string) => string = (label) => label): string[] {
  return uniqueLabels(deepQuerySelectorAll(scope, selector).map((el) => ownWord(deepText(el))));
}
