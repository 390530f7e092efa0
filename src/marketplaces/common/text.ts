// Page text arrives with non-breaking spaces, zero-width joiners and layout newlines; everything the
// readers compare or report goes through these helpers so one page build's spacing cannot break a match.

// NBSP, thin/narrow spaces and zero-width characters are how shops glue prices and labels together.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Collapse every run of whitespace to one space and trim. */
export function normalise(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ').replace(/\s+/g, ' ').trim();
}

/** A lookup key: normalised, lower-case, without a trailing colon or dot, ё read as е. */
export function textKey(text: string): string {
  return normalise(text).toLowerCase().replace(/ё/g, 'е').replace(/\s*[:：.]+$/, '');
}

/** Normalised textContent of an element; '' for null. */
export function textOf(el: Element | null | undefined): string {
  return el ? normalise(el.textContent ?? '') : '';
}

/** Normalised textContent of the first match of selector under root; null when absent or empty. */
export function textAt(root: ParentNode, selector: string): string | null {
  const text = textOf(root.querySelector(selector));
  return text === '' ? null : text;
}

/** The first of several selectors that matches under root (a reader's fallbacks, most stable first). */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Elements whose text is never page content a reader wants. */
export function isNonContent(el: Element | null): boolean {
  const tag = el?.tagName;
  return tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE';
}

/** A text to match literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, written out so no window global is needed

/** The text a reader would see under root: textContent without script, style and template text. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!isNonContent(node.parentElement)) parts.push(node.textContent ?? '');
  }
  return normalise(parts.join(' '));
}

/** The deepest element holding both a and b. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/**
 * The first answer `read` gives for a line of the page, in document order. A line is the text of an
 * element around a text node, from the node's own element outwards while it stays at most `maxLength`
 * long: words split over inline elements ("收货确认时间<b>暂停计时</b>") are read whole, a block of the
 * page is not.
 */
export function firstLine<T>(root: Element, maxLength: number, read: (line: string) => T | null): T | null {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!normalise(node.textContent ?? '') || isNonContent(node.parentElement)) continue;
    for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
      const line = textOf(el);
      if (line.length > maxLength) break;
      const answer = read(line);
      if (answer !== null) return answer;
    }
  }
  return null;
}
