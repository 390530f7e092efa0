// The guard's click listener is registered as early as the content script runs, before the readers
// load, so it sees clicks before page handlers added later; it does nothing until a guard is set.
// The order page gets the setter from the entry rather than importing this module, so it stays inside
// the entry's chunk instead of becoming one more file fetched before anything can start.
export type ClickHook = (event: MouseEvent) => void;
export type SetClickHook = (next: ClickHook | null) => void;

export function installGuardHook(win: Window): SetClickHook {
  let hook: ClickHook | null = null;
  win.addEventListener('click', (event) => hook?.(event), { capture: true });
  return (next) => {
    hook = next;
  };
}
