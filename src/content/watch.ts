// Single-page apps change the order on screen without a navigation: watch the DOM (ignoring our own
// elements) and the history, and call back once things settle. Pages built of web components (1688)
// draw their orders inside open shadow roots, which an observer on the document does not see: each
// open root is observed too, found once at the start and then in whatever the page adds.
//
// A busy page (a ticker, a carousel, ad slots) changes all the time somewhere else than its orders. When
// the view knows where the orders are (`region`: a subtree holding all of them), only changes that can
// alter a reading count: inside that subtree, the subtree itself going away, or something added
// elsewhere that could be a new order (a long number such as an order id, or an open shadow root).
import { isOurHost, isOurs } from './shadow-host';

const SETTLE_MS = 400;
/** A page whose orders never stop changing (a ticking countdown) is still re-read this often. */
const MAX_WAIT_MS = 2000;
/** Order ids on every supported marketplace are long digit runs; prices, dates and counters are not. */
const ORDER_ID_LIKE = /\d{8}/;

/** The node above: its parent, or across a shadow boundary its host. */
function up(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent) return parent;
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null;
}

function within(node: Node, region: Node): boolean {
  for (let n: Node | null = node; n; n = up(n)) if (n === region) return true;
  return false;
}

/** A change made by us: inside our elements, or our elements coming and going. No arrays: this runs for every record. */
function ourChange(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  const { addedNodes: added, removedNodes: removed } = record;
  if (added.length + removed.length === 0) return false;
  for (let i = 0; i < added.length; i++) if (!isOurHost(added[i])) return false;
  for (let i = 0; i < removed.length; i++) if (!isOurHost(removed[i])) return false;
  return true;
}

/** Could this added node hold an order the last reading did not see? */
function mayHoldOrder(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return ORDER_ID_LIKE.test((node as Text).data);
  if (!(node instanceof Element)) return false;
  return ORDER_ID_LIKE.test(node.textContent ?? '') || !!node.shadowRoot || node.querySelector(':not(:defined)') !== null;
}

/**
 * Calls onChange once the page's changes settle. `region` answers, each time, the subtree the orders
 * of the last reading live in, or null when that is not known (then every change counts).
 */
export function watchPage(doc: Document, onChange: () => void, region: () => Element | null = () => null): () => void {
  const win = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;
  const schedule = () => {
    const now = Date.now();
    waitingSince ??= now;
    clearTimeout(timer);
    timer = setTimeout(settled, Math.max(0, Math.min(SETTLE_MS, waitingSince + MAX_WAIT_MS - now)));
  };

  const watched = new WeakSet<Node>();
  // Custom elements not defined yet: their shadow root comes when the page defines them, and attaching
  // a shadow root makes no mutation record, so these are looked at again now and then.
  const undefinedYet = new Set<Element>();
  let lastLook = 0;

  /** Starts observing every open root in scope (and in the roots found); true when there was any new one. */
  const observeRoots = (scope: Element | Document | ShadowRoot): boolean => {
    let found = false;
    const visit = (el: Element) => {
      if (el.shadowRoot) {
        if (watched.has(el.shadowRoot) || isOurs(el)) return;
        found = true;
        observe(el.shadowRoot);
        observeRoots(el.shadowRoot);
      } else if (el.matches(':not(:defined)') && !isOurHost(el)) {
        undefinedYet.add(el);
      }
    };
    if (scope instanceof Element) visit(scope);
    for (const el of scope.querySelectorAll('*')) visit(el);
    return found;
  };

  const lookAgain = (): boolean => {
    lastLook = Date.now();
    let found = false;
    for (const el of undefinedYet) {
      if (!el.isConnected || el.shadowRoot || !el.matches(':not(:defined)')) undefinedYet.delete(el);
      if (el.isConnected && el.shadowRoot && observeRoots(el)) found = true;
    }
    return found;
  };

  const relevant = (record: MutationRecord, orders: Element | null): boolean => {
    if (ourChange(record)) return false;
    let counts = !orders || within(record.target, orders);
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const node = added[i] as Node;
      if (node instanceof Element && observeRoots(node)) counts = true;
      if (!counts && mayHoldOrder(node)) counts = true;
    }
    return counts;
  };

  const observer = new MutationObserver((records) => {
    const orders = region();
    let counts = (orders !== null && !orders.isConnected) || (undefinedYet.size > 0 && Date.now() - lastLook > SETTLE_MS && lookAgain());
    for (const record of records) if (relevant(record, orders)) counts = true;
    if (counts) schedule();
  });
  function observe(node: Node) {
    if (watched.has(node)) return;
    watched.add(node);
    observer.observe(node, { childList: true, subtree: true, characterData: true });
  }
  const settled = () => {
    waitingSince = null;
    // A root attached to an element already on the page makes no record either: look where the orders
    // are (or everywhere, when that is not known) before each reading.
    lookAgain();
    observeRoots(region() ?? doc);
    onChange();
  };
  observe(doc.documentElement);
  observeRoots(doc);
  win?.addEventListener('popstate', schedule);
  win?.addEventListener('hashchange', schedule);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    win?.removeEventListener('popstate', schedule);
    win?.removeEventListener('hashchange', schedule);
  };
}
