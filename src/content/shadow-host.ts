// Our elements on a marketplace page: a host in a shadow root of its own, closed in the shipped build,
// styled only from inside. The page cannot restyle it and we never restyle the page.
import base from './base.css?inline';
import { pageTheme } from './theme';

export const HOST_ATTRIBUTE = 'data-buyer-clock';

export type ShadowHost = { host: HTMLElement; root: ShadowRoot; container: HTMLElement };

/** `css` is the host's own rules (chips or sidebar), after the base every host shares. */
export function createShadowHost(doc: Document, role: string, css = ''): ShadowHost {
  const host = doc.createElement('buyer-clock-' + role);
  host.setAttribute(HOST_ATTRIBUTE, role);
  const root = host.attachShadow({ mode: __OPEN_SHADOW__ ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = base + css;
  const container = doc.createElement('div');
  container.className = 'root';
  container.dataset.theme = pageTheme(doc);
  root.append(style, container);
  return { host, root, container };
}

/** True for nodes inside our own hosts (their mutations are not the page changing), across shadow roots. */
export function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n instanceof Element && n.hasAttribute(HOST_ATTRIBUTE)) return true;
  }
  return false;
}
