// Where Buyer Clock can sit without covering the page: the panel where the page leaves a margin wide
// enough for it, else a small pill in a spot no text, picture or control of the page occupies.
import { isOurs } from './shadow-host';

const PANEL_WIDTH = 320;
const GAP = 16;
/** Enough for a page's first screen; a page of 10,000 nodes is not walked to the end. */
const MAX_NODES = 4000;

type Box = { left: number; top: number; right: number; bottom: number };

// Links count whole: a link drawn as a button (1688's 查看退货物流) is padded well beyond its words.
const CONTROLS = new Set(['A', 'IMG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SVG', 'CANVAS', 'VIDEO', 'IFRAME']);

/** The boxes of what the page shows in the viewport: its words (as drawn, not their blocks), pictures and controls. */
export function occupied(doc: Document): Box[] {
  const win = doc.defaultView;
  if (!win || !doc.body) return [];
  const width = win.innerWidth;
  const height = win.innerHeight;
  const boxes: Box[] = [];
  const keep = (r: DOMRect) => {
    if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < height && r.right > 0 && r.left < width) boxes.push(r);
  };
  const range = doc.createRange();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_NODES; node = walker.nextNode(), seen++) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.nodeValue?.trim() || isOurs(node)) continue;
      range.selectNodeContents(node);
      keep(range.getBoundingClientRect());
    } else if (CONTROLS.has((node as Element).tagName.toUpperCase()) && !isOurs(node)) {
      keep((node as Element).getBoundingClientRect());
    }
  }
  return boxes;
}

/** Whether the page leaves a margin wide enough for the panel on the side the buyer keeps it on. */
export function roomForPanel(doc: Document, boxes = occupied(doc), side: 'left' | 'right' = 'right'): boolean {
  const width = doc.defaultView?.innerWidth ?? 0;
  const margin = side === 'right' ? width - Math.max(0, ...boxes.map((b) => b.right)) : Math.min(width, ...boxes.map((b) => b.left));
  return margin >= PANEL_WIDTH + 2 * GAP;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export type Spot = { side: 'left' | 'right'; top: number };

/**
 * A spot for a pill of this size at either edge of the viewport, the preferred side first, top to
 * bottom: the first that covers nothing of the page, else the one that covers least.
 */
export function pillSpot(doc: Document, size: { width: number; height: number }, prefer: Spot['side'] = 'right', boxes = occupied(doc)): Spot {
  const win = doc.defaultView;
  const width = win?.innerWidth ?? 0;
  const height = win?.innerHeight ?? 0;
  let best: { spot: Spot; covered: number } | null = null;
  for (const side of prefer === 'right' ? (['right', 'left'] as const) : (['left', 'right'] as const)) {
    for (let top = 80; top + size.height <= height - 8; top += 24) {
      const left = side === 'right' ? width - GAP - size.width : GAP;
      const box = { left: left - 4, top: top - 4, right: left + size.width + 4, bottom: top + size.height + 4 };
      const covered = boxes.filter((b) => overlaps(box, b)).length;
      if (covered === 0) return { side, top };
      if (!best || covered < best.covered) best = { spot: { side, top }, covered };
    }
  }
  return best?.spot ?? { side: prefer, top: 96 };
}
