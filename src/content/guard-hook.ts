// The guard's click listener is registered as early as the content script runs, before the readers
// load, so it sees clicks before page handlers added later; it does nothing until a guard is set.
export type ClickHook = (event: MouseEvent) => void;

let hook: ClickHook | null = null;

export function installGuardHook(win: Window): void {
  win.addEventListener('click', (event) => hook?.(event), { capture: true });
}

export function setGuardHook(next: ClickHook | null): void {
  hook = next;
}
