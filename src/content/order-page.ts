// The page code's engine: read the page, report it, show what the worker answers. Each file of page
// code (bundles/*.ts, one per kind of page's readers and view; see lib/page-code.ts) runs this with its
// own reader and view. The worker injected the file into our isolated world at our content script's
// request, so everything here is there at once: nothing is fetched, nothing has an address a page could
// fetch.
//
// A single-page app may move to another kind of page without a navigation (a list to an order): when
// the address needs other page code, this one steps down and the other is started, injected first if
// this world has not had it yet.
import type { Message, PageReadReply } from '../lib/messages';
import { translateFrom, translateWith } from '../lib/i18n';
import { detectPage } from '../marketplaces/detect';
import type { MarketplaceModule } from '../marketplaces/module';
import { fingerprint } from './fingerprint';
import { earlyHook, type SetClickHook } from './guard-hook';
import { pageApi } from './page-api';
import { pageCodeFor, type PageCode } from '../lib/page-code';
import type { View, ViewModule } from './view';
import { watchPage } from './watch';

type Read = MarketplaceModule['read'];

/** The page code this world holds, on our content scripts' own global (the page's scripts do not share it). */
type Registry = { running: PageCode | null; starts: Partial<Record<PageCode, () => void>> };
const REGISTRY = '__buyerClockPageCode';

function registry(): Registry {
  const scope = globalThis as Record<string, unknown>;
  const found = scope[REGISTRY];
  // Ours is a plain object. A page element with that id shows through as a global even here, and one
  // with named fields (a form with an input named "starts") must not stand in for it and stop us.
  if (found && Object.getPrototypeOf(found) === Object.prototype) return found as Registry;
  const fresh: Registry = { running: null, starts: {} };
  scope[REGISTRY] = fresh;
  return fresh;
}

/**
 * Runs once the file is injected: starts unless other page code already runs here (then it waits to be
 * handed the page). Does nothing without the guard's listener from hook.iife.ts.
 */
export function runPageCode(code: PageCode, read: Read, createView: ViewModule['createView'], doc: Document = document): void {
  const setGuardHook = earlyHook();
  if (!setGuardHook) return;
  const own = registry();
  const start = () => {
    own.running = code;
    run(code, read, createView, doc, setGuardHook, own);
  };
  own.starts[code] = start;
  if (own.running === null) start();
}

function run(code: PageCode, read: Read, createView: ViewModule['createView'], doc: Document, setGuardHook: SetClickHook, own: Registry): void {
  const browser = pageApi();
  let t = translateWith((key, subs) => browser?.i18n.getMessage(key, subs) ?? '');
  let locale = t('locale');
  let view: View | null = null;
  let lastPrint = '';
  let stopped = false;

  const teardown = () => {
    view?.destroy();
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
  const onMessage = (message: unknown, sender: { id?: string }) => {
    // The keyboard command (manifest "commands"), passed on by our worker: only our own extension's
    // messages are heard, and only this one.
    const ours = sender.id !== undefined && sender.id === browser?.runtime.id;
    if (ours && (message as { type?: unknown } | null)?.type === 'focus-sidebar') view?.focus?.();
  };
  const quit = () => {
    stopped = true;
    unwatch();
    teardown();
    setGuardHook(null);
    try {
      browser?.runtime.onMessage?.removeListener?.(onMessage);
    } catch {
      // orphaned: the listener went with the extension
    }
    if (own.running === code) own.running = null;
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

  /** Another kind of page now: step down for its page code, which is started, or asked for. */
  function handOver(next: PageCode): void {
    quit();
    const start = own.starts[next];
    if (start) return start();
    void send({ type: 'load-page-code', code: next });
  }

  async function refresh(): Promise<void> {
    if (stopped) return;
    if (orphaned()) return quit();
    const href = doc.location?.href ?? '';
    const wanted = pageCodeFor(detectPage(href));
    if (wanted && wanted !== code) return handOver(wanted);
    const reading = wanted ? read(href, doc, new Date()) : null;
    if (!reading) return teardown(); // not an order page (any more), or a verification page: stay out of the way
    const print = fingerprint(reading);
    if (print === lastPrint) return;
    lastPrint = print;
    const reply = (await send({ type: 'page-read', reading })) as PageReadReply | undefined;
    if (!reply?.ok || print !== lastPrint || stopped) return;
    // The language chosen in the options (absent for "automatic"); it applies from the first reply on,
    // before anything is drawn in the browser's language.
    if (reply.strings && !view) {
      t = translateFrom(reply.strings);
      locale = t('locale');
    }
    view ??= createView({ doc, t, locale, send, setGuardHook });
    view.show(reading, reply);
  }

  browser?.runtime.onMessage?.addListener(onMessage);

  // Injected at our first script's request, this may arrive before or after parsing ends: read the
  // order once the document is parsed, either way.
  const begin = () => {
    if (stopped) return;
    unwatch = watchPage(doc, () => void refresh(), () => view?.region?.() ?? null);
    void refresh();
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();
}
