// The one handle on the WebExtension API (promise-based in both browsers through the polyfill).
// Pure modules never import this; the worker, the content script and the extension pages do.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage } from 'webextension-polyfill';
