// The one handle on the WebExtension API, for the worker and the extension pages. In MV3 both browsers
// answer with promises natively (Firefox's `browser`, Chrome's `chrome`), so the polyfill's code (≈ 3 KB
// gzip in the worker and in each page) is not shipped; its types still describe the API. Where the two
// still differ, a message listener that answers with a promise, answerMessages bridges them.
// Pure modules never import this; order pages use content/page-api.ts.
import type Polyfill from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

type Scope = { browser?: Polyfill.Browser; chrome?: Polyfill.Browser };
const scope = globalThis as unknown as Scope;
const browser = (scope.browser ?? scope.chrome) as Polyfill.Browser;

export default browser;

type Respond = (reply: unknown) => void;
type RawListener = (message: unknown, sender: Runtime.MessageSender, respond: Respond) => boolean;

/**
 * Answers each message with what `handle` resolves to; `undefined` from `handle` means no answer.
 * Chrome ignores a promise returned by a listener, so the answer goes through sendResponse, which both
 * browsers honour when the listener returns true.
 */
export function answerMessages(handle: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  const onMessage = browser.runtime.onMessage as unknown as { addListener(listener: RawListener): void };
  onMessage.addListener((message, sender, respond) => {
    const reply = handle(message, sender);
    if (!reply) return false;
    reply.then(respond, () => respond(undefined));
    return true;
  });
}
