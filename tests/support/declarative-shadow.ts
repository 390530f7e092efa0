// happy-dom 21 leaves <template shadowrootmode="open"> as a plain template (toolchain.md), and no
// DOMParser attaches declarative roots; a browser parsing the page does. This does what the browser
// does, innermost first. Free of Node imports so it also runs inside a test page in Chromium.
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
