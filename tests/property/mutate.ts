// Mutations of a parsed page, as fast-check values: what a redesign, an A/B test, a half-loaded
// single-page app or a hostile page can do to the markup a reader expects.
import fc from 'fast-check';

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    // eslint-disable-next-line no-script-url -- hostile page text under test
    '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'Awaiting delivery', 'Completed', '交易成功', '卖家已发货',
    '还剩9天10时', '还剩-1天', '12 days 99:99:99', 'Order ID: 8190000000000001', '订单号：', 'Nov 31, 2026',
    '2025-13-45 25:61:61', '￥NaN', 'US $', '9'.repeat(40), '\u0000', '\u202e', '', ' ',
  ),
);

export type Mutation =
  | { op: 'remove'; at: number }
  | { op: 'text'; at: number; text: string }
  | { op: 'class'; at: number; name: string }
  | { op: 'attr'; at: number; name: string; value: string }
  | { op: 'duplicate'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'script'; text: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('text' as const), at: fc.nat(), text: hostileText }),
  fc.record({ op: fc.constant('class' as const), at: fc.nat(), name: fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/) }),
  fc.record({
    op: fc.constant('attr' as const), at: fc.nat(),
    name: fc.constantFrom('href', 'data-pl', 'data-id', 'lefttime', 'value', 'text', 'data-tracker'), value: hostileText,
  }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    op: fc.constant('script' as const),
    text: fc.oneof(hostileText, fc.constantFrom("var data = JSON.parse('{\\\"mainOrders\\\":[{]}');", 'var detailData = {"a":', "var data = JSON.parse('\\u00');")),
  }),
);

/** Whether `node` is `el` or inside it, across shadow roots (Node.contains stops at them). */
function composedContains(el: Element, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === el) return true;
  return false;
}

/** Every element of the page, open shadow roots included. */
function elements(scope: ParentNode, into: Element[] = []): Element[] {
  for (const el of scope.querySelectorAll('*')) {
    into.push(el);
    if (el.shadowRoot) elements(el.shadowRoot, into);
  }
  return into;
}

/**
 * Load a copy of `original` into `doc` (one long-lived document: happy-dom keeps every document it
 * ever made alive, so ten thousand fresh ones would not fit in memory), let `prepare` run on it (e.g. to
 * attach declarative shadow roots, which copying does not carry), then apply the mutations; indices
 * wrap around the page's elements.
 */
export function mutateInto(doc: Document, original: Document, mutations: Mutation[], prepare?: (doc: Document) => void): Document {
  doc.head.replaceChildren(...[...original.head.childNodes].map((n) => doc.importNode(n, true)));
  doc.body.replaceChildren(...[...original.body.childNodes].map((n) => doc.importNode(n, true)));
  prepare?.(doc);
  for (const m of mutations) {
    const all = elements(doc.body);
    if (m.op === 'script') {
      const script = doc.createElement('script');
      script.textContent = m.text;
      doc.body.append(script);
      continue;
    }
    if (all.length === 0) break;
    const el = all[m.at % all.length]!;
    switch (m.op) {
      case 'remove': el.remove(); break;
      case 'text': el.textContent = m.text; break;
      case 'class': el.className = m.name; break;
      case 'attr': el.setAttribute(m.name, m.value); break;
      case 'duplicate': el.after(el.cloneNode(true)); break;
      case 'move': {
        const target = all[m.to % all.length]!;
        if (!composedContains(el, target)) target.append(el);
        break;
      }
    }
  }
  return doc;
}

/** Random nested markup, built node by node (no parser: see mutateInto). */
export const randomTree = fc.array(
  fc.record({
    tag: fc.constantFrom('div', 'span', 'li', 'ul', 'button', 'a', 'script', 'template', 'table', 'td', 'order-item'),
    cls: fc.constantFrom('', 'order-item', 'order-status', 'order-id', 'total-price', 'comet-btn', 'order-container-x'),
    text: hostileText,
    depth: fc.nat({ max: 4 }),
  }),
  { maxLength: 30 },
);

export function buildInto(doc: Document, nodes: { tag: string; cls: string; text: string; depth: number }[]): Document {
  doc.head.replaceChildren();
  doc.body.replaceChildren();
  const stack: Element[] = [doc.body];
  for (const n of nodes) {
    const el = doc.createElement(n.tag);
    if (n.cls) el.className = n.cls;
    el.textContent = n.text;
    const parent = stack[Math.min(n.depth, stack.length - 1)]!;
    parent.append(el);
    stack.splice(Math.min(n.depth, stack.length - 1) + 1, Infinity, el);
  }
  return doc;
}

/**
 * How the browser's translation treats one text node: left alone (not scrolled into view yet),
 * wrapped in Chrome's <font> pairs (same words or English), or replaced in place as Firefox does.
 */
export type Translation = { how: 'keep' | 'wrap' | 'replace'; english: number };

export const translation: fc.Arbitrary<Translation> = fc.record({
  how: fc.constantFrom('keep', 'wrap', 'replace'),
  english: fc.nat(),
});

const FILLER = ['Example shop', 'Buy now', 'Order', 'Details', 'More', 'Transaction', 'days left', 'Confirm'];
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Every text node under scope a translator would reach, open shadow roots included. */
function textNodes(scope: Node, into: Text[] = []): Text[] {
  for (const child of scope.childNodes) {
    if (child.nodeType === 3) into.push(child as Text);
    else if (child instanceof Element && !SKIP.has(child.tagName)) {
      if (child.shadowRoot) textNodes(child.shadowRoot, into);
      textNodes(child, into);
    }
  }
  return into;
}

/**
 * Translate a page as Chrome (font pairs, `translated-ltr` on <html>) or Firefox (text replaced in
 * place) would: only text changes; attributes, classes, ids, hrefs and scripts stay. A text the
 * marketplace's table knows becomes one of its English variants; any other Chinese text becomes filler
 * English.
 */
export function translateInto(doc: Document, table: Readonly<Record<string, readonly string[]>>, plan: Translation[]): Document {
  if (plan.length === 0) return doc;
  doc.documentElement.classList.add('translated-ltr');
  textNodes(doc.body).forEach((node, i) => {
    const step = plan[i % plan.length]!;
    const text = node.data.trim();
    // Numbers, dates, prices and Latin text come through a translation as they were.
    if (step.how === 'keep' || !/\p{Script=Han}/u.test(text)) return;
    const variants = table[text] ?? FILLER;
    const english = variants[step.english % variants.length]!;
    if (step.how === 'replace') {
      node.data = english;
      return;
    }
    const outer = doc.createElement('font');
    const inner = doc.createElement('font');
    for (const font of [outer, inner]) {
      font.setAttribute('dir', 'auto');
      font.setAttribute('style', 'vertical-align: inherit;');
    }
    inner.textContent = english;
    outer.append(inner);
    node.replaceWith(outer);
  });
  return doc;
}
