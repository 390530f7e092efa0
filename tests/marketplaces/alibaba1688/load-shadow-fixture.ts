// happy-dom 21 leaves <template shadowrootmode="open"> as a plain template (toolchain.md), while a real
// browser attaches it as its parent's shadow root while parsing. This loader does what the browser
// does, innermost first, so unit tests read the same fixture files the e2e tests serve to Chromium.
import { loadFixture } from '../load-fixture';

export function attachDeclarativeRoots(scope: ParentNode): number {
  let attached = 0;
  // querySelectorAll does not enter template content, so each level is found from the one above it.
  for (const template of scope.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    if (!host || (mode !== 'open' && mode !== 'closed')) continue;
    attached += attachDeclarativeRoots(template.content);
    const root = host.attachShadow({ mode });
    root.append(template.content);
    template.remove();
    attached++;
  }
  return attached;
}

/** A fixture page with its declarative shadow roots attached, as Chromium would parse it. */
export function loadShadowFixture(path: string): Document {
  const doc = loadFixture(path);
  attachDeclarativeRoots(doc);
  return doc;
}

/** How many shadow roots a fixture declares, for tests that the loader attached them all. */
export function countShadowRoots(doc: Document): number {
  let count = 0;
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot) {
        count++;
        visit(el.shadowRoot);
      }
    }
  };
  visit(doc);
  return count;
}
