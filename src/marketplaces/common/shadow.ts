// Pages built from Web Components (1688's order list) keep their content in open shadow roots, which
// querySelector, textContent and TreeWalker never enter. These helpers do, through `element.shadowRoot`
// (what a content script sees of an open root; closed roots stay out of reach, as they should).
import { isNonContent, normalise } from './text';

export type Scope = Document | DocumentFragment | Element;

const isElement = (node: Node): node is Element => node.nodeType === 1;
const isText = (node: Node): node is Text => node.nodeType === 3;

/**
 * Every element under scope matching selector, shadow roots included: a host's shadow content comes
 * right after the host and before its light children, which is roughly where it is drawn.
 */
export function deepQuerySelectorAll(scope: Scope, selector: string, limit = Infinity): Element[] {
  const found: Element[] = [];
  const visit = (root: Document | DocumentFragment | Element): boolean => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector) && found.push(el) >= limit) return true;
      if (el.shadowRoot && visit(el.shadowRoot)) return true;
    }
    return false;
  };
  if (isElement(scope as Node) && (scope as Element).shadowRoot) visit((scope as Element).shadowRoot as ShadowRoot);
  if (found.length < limit) visit(scope);
  return found;
}

/** The first element under scope (shadow roots included) matching selector; null when none does. */
export function deepQuerySelector(scope: Scope, selector: string): Element | null {
  return deepQuerySelectorAll(scope, selector, 1)[0] ?? null;
}

/** The first of several selectors that matches deep under scope (a reader's fallbacks, most stable first). */
export function deepFirstMatch(scope: Scope, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = deepQuerySelector(scope, selector);
    if (el) return el;
  }
  return null;
}

/** The light children a <slot> shows: those naming it (or, for the default slot, naming none), else its fallback. */
function slotted(slot: Element): Node[] {
  const host = (slot.getRootNode() as ShadowRoot).host as Element | undefined;
  const name = slot.getAttribute('name') ?? '';
  const assigned = host
    ? [...host.childNodes].filter((n) => (isElement(n) ? (n.getAttribute('slot') ?? '') === name : name === '' && isText(n)))
    : [];
  return assigned.length > 0 ? assigned : [...slot.childNodes];
}

/**
 * The text nodes a reader would see under node, in drawing order: a host shows its shadow root (with
 * slotted light children in place of each <slot>), any other element its children. Script, style and
 * template text is left out.
 */
export function deepTextNodes(node: Node): Text[] {
  const out: Text[] = [];
  const visit = (n: Node) => {
    if (isText(n)) {
      out.push(n);
      return;
    }
    if (isElement(n)) {
      if (isNonContent(n)) return;
      if (n.tagName === 'SLOT' && n.getRootNode() !== n.ownerDocument) {
        slotted(n).forEach(visit);
        return;
      }
      if (n.shadowRoot) {
        n.shadowRoot.childNodes.forEach(visit);
        return;
      }
    }
    n.childNodes.forEach(visit);
  };
  visit(node);
  return out;
}

/** Normalised text under node as drawn, shadow roots included; '' for null. Like textContent, nodes are
 * joined as they are: a price split into one <span> per digit stays one number. */
export function deepText(node: Node | null | undefined): string {
  return node ? normalise(deepTextNodes(node).map((t) => t.data).join('')) : '';
}

/** Normalised deep text of the first deep match of selector under scope; null when absent or empty. */
export function deepTextAt(scope: Scope, selector: string): string | null {
  const text = deepText(deepQuerySelector(scope, selector));
  return text === '' ? null : text;
}

/** The parent element, or across a shadow boundary the host; null at the top. */
export function deepParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}
