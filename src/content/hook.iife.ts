// The first of our content scripts, a plain script rather than a module: it runs at document_start,
// before any script of the page's, so the guard's click listener is registered before any the page
// can add (listeners run in the order they were added). The module that loads later finds the setter
// here, on our content scripts' own global, which the page's scripts do not share.
import { HOOK_GLOBAL, installGuardHook } from './guard-hook';

(globalThis as Record<string, unknown>)[HOOK_GLOBAL] = installGuardHook(window);
