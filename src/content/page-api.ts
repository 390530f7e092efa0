// What an order page asks of the browser: its own strings, its id (gone once the extension is reloaded
// under the page) and a message to the worker. MV3 Chrome and Firefox both answer sendMessage with a
// promise, so order pages go without webextension-polyfill (≈ 3 KB gzip on every one of them).
export type PageApi = {
  i18n: { getMessage(key: string, subs?: string[]): string };
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    /** Messages from our own worker (the keyboard command); nothing a web page can send reaches it. */
    onMessage?: {
      addListener(listener: (message: unknown, sender: { id?: string }) => void): void;
      removeListener?(listener: (message: unknown, sender: { id?: string }) => void): void;
    };
  };
};

type Scope = { browser?: PageApi; chrome?: PageApi };

/**
 * Firefox's `browser`, else `chrome`. An element with id="browser" on the page shows through as a
 * global even in a content script's world, so `browser` counts only when it can actually send.
 */
export function pageApi(scope: Scope = globalThis as Scope): PageApi | undefined {
  const candidate = scope.browser;
  return typeof candidate?.runtime?.sendMessage === 'function' ? candidate : scope.chrome;
}
