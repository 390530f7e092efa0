// Loaded only on an order page (see index.ts): read it, report it, show what the worker answers. The
// readers and the view (chips or sidebar) are chunks of their own, fetched as this starts, while the
// page is still parsing, and only the ones this page needs.
import type { Message, PageReadReply } from '../lib/messages';
import { translateFrom, translateWith } from '../lib/i18n';
import { detectPage } from '../marketplaces/detect';
import { loadReader, readPageLazy } from '../marketplaces/lazy';
import type { PageKind } from '../rules/model';
import { fingerprint } from './fingerprint';
import type { SetClickHook } from './guard-hook';
import { pageApi } from './page-api';
import type { View, ViewModule } from './view';
import { watchPage } from './watch';

type ViewKind = 'chips' | 'sidebar';
const VIEWS: Record<ViewKind, () => Promise<ViewModule>> = {
  chips: () => import('./view-chips'),
  sidebar: () => import('./view-sidebar'),
};
const viewFor = (kind: PageKind | undefined): ViewKind => (kind === 'order-list' ? 'chips' : 'sidebar');

const views = new Map<ViewKind, Promise<ViewModule | null>>();
/** A view's module, fetched once; null when the fetch fails (forgotten, so the next call tries again). */
function loadView(kind: ViewKind): Promise<ViewModule | null> {
  let pending = views.get(kind);
  if (!pending) {
    pending = VIEWS[kind]().catch(() => {
      views.delete(kind);
      return null;
    });
    views.set(kind, pending);
  }
  return pending;
}

export function start(setGuardHook: SetClickHook, doc: Document = document): void {
  const firstHref = doc.location?.href ?? '';
  void loadReader(firstHref);
  void loadView(viewFor(detectPage(firstHref)?.kind));

  const browser = pageApi();
  let t = translateWith((key, subs) => browser?.i18n.getMessage(key, subs) ?? '');
  let locale = t('locale');
  let view: { kind: ViewKind; view: View } | null = null;
  let lastPrint = '';

  const teardown = () => {
    view?.view.destroy();
    view = null;
    lastPrint = '';
  };

  // After the extension is reloaded or updated this script is orphaned: stop quietly, throw nothing at the page.
  const orphaned = () => {
    try {
      return !browser?.runtime?.id;
    } catch {
      return true;
    }
  };
  let unwatch = () => {};
  const quit = () => {
    unwatch();
    teardown();
    setGuardHook(null);
  };

  async function send(message: Message): Promise<unknown> {
    if (orphaned()) return quit();
    try {
      return await browser?.runtime.sendMessage(message);
    } catch {
      if (orphaned()) quit();
      return undefined;
    }
  }

  async function refresh(): Promise<void> {
    if (orphaned()) return quit();
    const href = doc.location?.href ?? '';
    const reading = await readPageLazy(href, doc);
    if (!reading) return teardown(); // not an order page (any more), or a verification page: stay out of the way
    const print = fingerprint(reading);
    if (print === lastPrint) return;
    lastPrint = print;
    const reply = (await send({ type: 'page-read', reading })) as PageReadReply | undefined;
    if (!reply?.ok || print !== lastPrint) return;
    // The language chosen in the options (absent for "automatic"); it applies from the first reply on,
    // before anything is drawn in the browser's language.
    if (reply.strings && !view) {
      t = translateFrom(reply.strings);
      locale = t('locale');
    }
    const kind = viewFor(reading.kind);
    if (view?.kind !== kind) {
      const module = await loadView(kind);
      if (!module || print !== lastPrint) return;
      if (view?.kind !== kind) {
        view?.view.destroy();
        view = { kind, view: module.createView({ doc, t, locale, send, setGuardHook }) };
      }
    }
    view.view.show(reading, reply);
  }

  // The keyboard command (manifest "commands"), passed on by our worker: only our own extension's
  // messages are heard, and only this one.
  browser?.runtime.onMessage?.addListener((message, sender) => {
    const ours = sender.id !== undefined && sender.id === browser.runtime.id;
    if (ours && (message as { type?: unknown } | null)?.type === 'focus-sidebar') view?.view.focus?.();
  });

  // The manifest asks for document_start, but the build's loader imports this chunk asynchronously, so
  // it may arrive before or after parsing ends: read the order once the document is parsed, either way.
  const begin = () => {
    unwatch = watchPage(doc, () => void refresh(), () => view?.view.region?.() ?? null);
    void refresh();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
}
