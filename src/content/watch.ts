// Single-page apps change the order on screen without a navigation: watch the DOM (ignoring our own
// elements) and the history, and call back once things settle. Pages built of web components (1688)
// draw their orders inside open shadow roots, which an observer on the document does not see: each
// open root found is observed too.
import { HOST_ATTRIBUTE, isOurs } from './shadow-host';

function openRoots(scope: Document | ShadowRoot, into: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of scope.querySelectorAll('*')) {
    if (el.shadowRoot && !isOurs(el)) {
      into.push(el.shadowRoot);
      openRoots(el.shadowRoot, into);
    }
  }
  return into;
}

const SETTLE_MS = 400;
/** A page that never stops changing (a ticking countdown, an animation) is still re-read this often. */
const MAX_WAIT_MS = 2000;

/** A change made by us: inside our elements, or our elements coming and going. */
function ourChange(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === 'childList' && nodes.length > 0 && nodes.every((n) => n instanceof Element && n.hasAttribute(HOST_ATTRIBUTE));
}

export function watchPage(doc: Document, onChange: () => void): () => void {
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
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !ourChange(r))) schedule();
  });
  const observe = (node: Node) => {
    if (watched.has(node)) return;
    watched.add(node);
    observer.observe(node, { childList: true, subtree: true, characterData: true });
  };
  const settled = () => {
    waitingSince = null;
    openRoots(doc).forEach(observe);
    onChange();
  };
  observe(doc.documentElement);
  openRoots(doc).forEach(observe);
  win?.addEventListener('popstate', schedule);
  win?.addEventListener('hashchange', schedule);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    win?.removeEventListener('popstate', schedule);
    win?.removeEventListener('hashchange', schedule);
  };
}
