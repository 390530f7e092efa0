import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `everyMs` while the page is visible: it drives live countdowns. */
export function useNow(everyMs: number, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const tick = () => setNow(clock());
    const sync = () => {
      clearInterval(timer);
      timer = undefined;
      if (document.visibilityState !== 'hidden') {
        tick();
        timer = setInterval(tick, everyMs);
      }
    };
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', sync);
    };
  }, [everyMs, clock]);
  return now;
}
