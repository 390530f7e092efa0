// Runs on every page the manifest matches. It only looks at the address; the readers and the sidebar
// are separate chunks, loaded on an order page alone.
import { detectPage } from '../marketplaces/detect';
import { earlyHook } from './guard-hook';

// The guard's listener, registered by hook.iife.ts (listed first in the manifest) before the page's scripts.
const setGuardHook = earlyHook();
if (setGuardHook && detectPage(location.href)) {
  import('./order-page')
    .then(({ start }) => start(setGuardHook))
    .catch(() => {
      // The extension was reloaded under this page: its chunks are gone, and so are we.
    });
}
