// A click as the buyer's own hand makes it. Browsers mark those isTrusted and no script can; happy-dom
// marks none, so tests stand in for the hand here.
export function trustedClick(el: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
}

/** Our hosts among the document's elements (they carry no name or mark a test could look for). */
export function ourHosts(doc: Document, isOurHost: (n: Node) => boolean): Element[] {
  return [...doc.querySelectorAll('*')].filter((el) => isOurHost(el));
}
