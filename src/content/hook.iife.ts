// Our one content script, a plain script rather than a module, so small it costs a matched page next
// to nothing. It runs at document_start, before any script of the page's, so the guard's click listener
// is registered before any the page can add (listeners run in the order they were added). Then, on an
// order page, it asks the worker for the page code (lib/page-code.ts): the worker injects it into this
// same isolated world, where it finds the guard's setter on our content scripts' own global, which the
// page's scripts do not share. Nothing of ours is web-accessible, so a page can fetch none of it.
import { detectPage } from '../marketplaces/detect';
import { pageCodeFor } from '../lib/page-code';
import { HOOK_GLOBAL, installGuardHook } from './guard-hook';
import { pageApi } from './page-api';

// Only where page code will run: elsewhere nothing would ever arm the guard, so no listener is added.
const code = pageCodeFor(detectPage(location.href));
if (code) {
  (globalThis as Record<string, unknown>)[HOOK_GLOBAL] = installGuardHook(window);
  try {
    // The worker checks who asks (our content script, in a tab's top frame, on a page of that marketplace).
    void pageApi()?.runtime.sendMessage({ type: 'load-page-code', code }).catch(() => undefined);
  } catch {
    // The extension was reloaded under this page: nothing to load.
  }
}
