// Single-page apps change the order on screen without a navigation: watch the DOM (ignoring our own
// elements) and the history, and call back once things settle.
import { isOurs } from './shadow-host';

const SETTLE_MS = 400;

export function watchPage(doc: Document, onChange: () => void): () => void {
  const win = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOurs(r.target))) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  win?.addEventListener('popstate', schedule);
  win?.addEventListener('hashchange', schedule);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    win?.removeEventListener('popstate', schedule);
    win?.removeEventListener('hashchange', schedule);
  };
}
