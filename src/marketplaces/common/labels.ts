// Labelled lines ("Order placed on: Nov 12, 2024 10:23", "Order ID: 8190… Copy") are the one shape every
// redesign has kept, while the markup around them changes: the label may share a text node with its
// value or sit in its own <span>. So a label is found as text, and its value is whatever follows it
// in the smallest element that holds more than the label. Pages built of web components (1688) keep
// their lines in open shadow roots: `walk: 'deep'` reads those too, by the same rules.
import { deepParent, deepText, deepTextNodes } from './shadow';
import { escapeRegExp, isNonContent, normalise, SHOW_TEXT, textKey } from './text';

export type Labelled<T> = { key: T; value: string; line: string };

const MAX_LINE = 300; // a "line" longer than this is a whole section: the value is not beside the label


/**
 * How a label ends: 'required', a colon must follow it; 'optional', a colon may (a status word such as
 * Russian «Отправлен» is also the label «Отправлен:», and only the colon tells them apart); 'alone', a
 * colon follows or the label is its text's whole ("下单时间" in its own <span>; "申请时间过长" is none).
 */
export type Colon = 'required' | 'optional' | 'alone';
/** 'light': the DOM under root as querySelector sees it; 'deep': open shadow roots too. */
export type Walk = 'light' | 'deep';

/** The text nodes under root a reader looks at: a native walker for light DOM, the deep walk otherwise. */
function textNodes(root: Node, walk: Walk): Text[] {
  if (walk === 'deep') return deepTextNodes(root);
  const out: Text[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!isNonContent(node.parentElement)) out.push(node as Text);
  return out;
}

/**
 * Every labelled line under root whose label is in `labels` (keys as textKey gives them), in document
 * (drawing) order.
 */
export function findLabelled<T>(
  root: Node,
  labels: ReadonlyMap<string, T>,
  colon: Colon = 'required',
  walk: Walk = 'light',
): Labelled<T>[] {
  const patterns = patternsFor(labels, colon);
  const found: Labelled<T>[] = [];
  for (const node of textNodes(root, walk)) {
    // A label needing a colon is followed by one in its own text: most text (titles, prices) has none,
    // and testing every pattern on it was the largest cost of reading a long list.
    if (colon === 'required' && !COLON.test(node.data)) continue;
    const hit = patterns.which(normalise(node.data));
    if (!hit) continue;
    const line = lineOf(node, root, hit.anywhere, walk);
    const key = labels.get(hit.label);
    if (line && key !== undefined) found.push({ key, ...line });
  }
  return found;
}

const COLON = /[:：]/;
const SEPARATORS: Record<Colon, { start: string; anywhere: string }> = {
  required: { start: String.raw`\s*[:：]\s*`, anywhere: String.raw`\s*[:：]\s*` },
  optional: { start: String.raw`\s*[:：]?\s*`, anywhere: String.raw`\s*[:：]?\s*` },
  alone: { start: String.raw`\s*(?:[:：]\s*|$)`, anywhere: String.raw`\s*[:：]?\s*` },
};

type Hit = { label: string; anywhere: RegExp };
/** A table's labels as one pattern: which label, if any, a text starts with (the longest that fits). */
type Patterns = { which(text: string): Hit | null };
// Readers call findLabelled once per order with the same few tables: build each table's pattern once.
// One alternation per table rather than a pattern per label: a text is tried once, not once per label
// of every language, and a page builds a handful of patterns rather than hundreds.
const compiled = new WeakMap<ReadonlyMap<string, unknown>, Partial<Record<Colon, Patterns>>>();

function patternsFor(labels: ReadonlyMap<string, unknown>, colon: Colon): Patterns {
  const cache = compiled.get(labels) ?? {};
  compiled.set(labels, cache);
  cache[colon] ??= (() => {
    const separator = SEPARATORS[colon];
    // Longest first, so that where two labels fit the longer one wins, as alternation tries them in order.
    const sorted = [...labels.keys()].sort((a, b) => b.length - a.length);
    // Keys are folded (ё → е, spaces collapsed); the page text is matched as printed.
    const sources = sorted.map((label) => escapeRegExp(label).replace(/ /g, '\\s+').replace(/е/g, '[её]'));
    const start = new RegExp(`^(?:${sources.map((source) => `(${source})`).join('|')})(?!\\p{L})${separator.start}`, 'iu');
    const anywhere = new Map<number, RegExp>();
    return {
      which(text) {
        const m = start.exec(text);
        if (!m) return null;
        const i = m.findIndex((group, n) => n > 0 && group !== undefined) - 1;
        if (i < 0) return null;
        let around = anywhere.get(i);
        if (!around) anywhere.set(i, (around = new RegExp(`${sources[i]}(?!\\p{L})${separator.anywhere}`, 'iu')));
        return { label: sorted[i]!, anywhere: around };
      },
    };
  })();
  return cache[colon];
}

function lineOf(node: Text, root: Node, label: RegExp, walk: Walk): { value: string; line: string } | null {
  const up = walk === 'deep' ? deepParent : (n: Node) => n.parentElement;
  for (let el = up(node); el; el = el === root ? null : up(el)) {
    const line = walk === 'deep' ? deepText(el) : normalise(el.textContent ?? '');
    if (line.length > MAX_LINE) return null;
    const m = label.exec(line);
    const value = m ? line.slice(m.index + m[0].length) : '';
    if (value !== '') return { value, line };
  }
  return null;
}

/** Label keys for a table of label texts (as written on the page, colon optional). */
export function labelMap<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  return new Map([...entries].map(([label, key]) => [textKey(label), key] as const));
}

/** A list of label texts as a table that only names lines (each key true). */
export const plainLabels = (labels: readonly string[]): Map<string, true> => labelMap(labels.map((l) => [l, true] as const));
