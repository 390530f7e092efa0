// The guard's click listener is registered by our first content script (hook.iife.ts) at document_start,
// before any page script, so it sees clicks before any handler a page adds; it does nothing until a
// guard is set.
// The page code, injected later into the same isolated world, finds the setter on that world's global.
export type ClickHook = (event: MouseEvent) => void;
export type SetClickHook = (next: ClickHook | null) => void;

/** Where hook.iife.ts leaves the setter for the page code, on the content scripts' own global. */
export const HOOK_GLOBAL = '__buyerClockGuardHook';

/** The setter hook.iife.ts left, if it ran (a page element with that id is no function). */
export function earlyHook(): SetClickHook | null {
  const found = (globalThis as Record<string, unknown>)[HOOK_GLOBAL];
  return typeof found === 'function' ? (found as SetClickHook) : null;
}

export function installGuardHook(win: Window): SetClickHook {
  let hook: ClickHook | null = null;
  win.addEventListener('click', (event) => hook?.(event), { capture: true });
  return (next) => {
    hook = next;
  };
}
