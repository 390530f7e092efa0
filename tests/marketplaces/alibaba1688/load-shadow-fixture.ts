// happy-dom 21 leaves <template shadowrootmode="open"> as a plain template (toolchain.md), while a real
// browser attaches it as its parent's shadow root while parsing. This loader does what the browser
// does, innermost first, so unit tests read the same fixture files the e2e tests serve to Chromium.
import { loadFixture } from '../load-fixture';
import { attachDeclarativeRoots } from '../../support/declarative-shadow';

export { attachDeclarativeRoots };

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
