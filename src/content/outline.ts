// "Copy page outline for a bug report": the shape of a page Buyer Clock could not read — tag and class
// names only. No text, no attribute values, no ids; digits in class names become '#', so an order
// number or a hashed build id cannot slip through.
import { isOurs } from './shadow-host';

const MAX_DEPTH = 14;
const MAX_LINES = 400;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'PATH', 'HEAD', 'META', 'LINK']);

function describe(el: Element): string {
  const classes = [...el.classList].map((c) => c.replace(/\d/g, '#').replace(/[^\w#-]/g, '')).filter(Boolean);
  return el.localName.replace(/[^\w-]/g, '') + classes.map((c) => `.${c}`).join('');
}

export function pageOutline(doc: Document): string {
  const lines: string[] = [];
  const walk = (parent: Element | ShadowRoot, depth: number) => {
    for (const child of parent.children) {
      if (lines.length >= MAX_LINES) return;
      if (SKIP.has(child.tagName.toUpperCase()) || isOurs(child)) continue;
      lines.push(`${'  '.repeat(depth)}${describe(child)}${child.shadowRoot ? ' #shadow' : ''}`);
      if (depth < MAX_DEPTH) {
        if (child.shadowRoot) walk(child.shadowRoot, depth + 1);
        walk(child, depth + 1);
      }
    }
  };
  if (doc.body) walk(doc.body, 0);
  return lines.join('\n');
}
