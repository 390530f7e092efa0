// Runs on every page the manifest matches. It only looks at the address; the readers and the sidebar
// are separate chunks, loaded on an order page alone.
import { detectPage } from '../marketplaces/detect';
import { installGuardHook } from './guard-hook';

if (detectPage(location.href)) {
  const setGuardHook = installGuardHook(window);
  import('./order-page')
    .then(({ start }) => start(setGuardHook))
    .catch(() => {
      // The extension was reloaded under this page: its chunks are gone, and so are we.
    });
}
