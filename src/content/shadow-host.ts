// Our elements on a marketplace page: a host in a shadow root of its own, closed in the shipped build,
// styled only from inside. The page cannot restyle it and we never restyle the page.
//
// The host is a plain element (a div, a span for a chip), never a custom element: a page may define a
// custom element's name before we use it, and its constructor then runs on our host, where it can take
// the closed root (attachInternals().shadowRoot) or attach one of its own first. A plain element runs no
// page code, and its root is attached here before the host is ever on the page. Nothing marks it as
// ours but its identity: a page can copy any attribute, never an object in this set.
import base from './base.css?inline';
import { pageTheme } from './theme';

export type ShadowHost = { host: HTMLElement; root: ShadowRoot; container: HTMLElement };

const HOSTS = new WeakSet<Node>();

/**
 * `css` is the host's own rules (chips or sidebar), after the base every host shares; `theme` its colours
 * (resolveTheme in theme.ts), the page's own by default. Throws when the
 * root cannot be attached; callers that guard a button must have their fallback ready.
 */
export function createShadowHost(doc: Document, role: string, css = '', theme: 'light' | 'dark' = pageTheme(doc)): ShadowHost {
  // The e2e build names its hosts (buyer-clock-<role>) so real-browser tests can find them; its roots
  // are open too. The shipped build gives the page nothing to look for.
  const host = doc.createElement(__OPEN_SHADOW__ ? `buyer-clock-${role}` : role === 'chip' ? 'span' : 'div');
  const root = host.attachShadow({ mode: __OPEN_SHADOW__ ? 'open' : 'closed' });
  HOSTS.add(host);
  const style = doc.createElement('style');
  style.textContent = base + css;
  const container = doc.createElement('div');
  container.className = 'root';
  container.dataset.theme = theme;
  root.append(style, container);
  return { host, root, container };
}

/** True for one of our hosts itself. */
export const isOurHost = (node: Node | null | undefined): boolean => !!node && HOSTS.has(node);

/** True for nodes inside our own hosts (their mutations are not the page changing), across shadow roots. */
export function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (HOSTS.has(n)) return true;
  }
  return false;
}
