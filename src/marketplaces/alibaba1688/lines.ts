// Labelled lines ("下单时间：2026-11-08 03:44:47", "订单号：3900…") found by their words, shadow roots
// included. The label may share a text node with its value or sit in its own <span>, so the value is
// whatever follows the label in the smallest element that holds more than the label.
import { deepParent, deepText, deepTextNodes } from '../common/shadow';
import { normalise } from '../common/text';

export type Line<T> = { key: T; value: string; line: string };

const MAX_LINE = 300; // longer is a whole section: the value is not beside the label

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Pattern<T> = { key: T; start: RegExp; anywhere: RegExp };

// A label stands alone or before a colon: "申请时间过长" is no label.
function patterns<T>(labels: readonly (readonly [string, T])[]): Pattern<T>[] {
  return [...labels]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([label, key]) => ({
      key,
      start: new RegExp(`^${escape(label)}\\s*(?:[:：]|$)`),
      anywhere: new RegExp(`${escape(label)}\\s*[:：]?\\s*`),
    }));
}

const cache = new WeakMap<object, Pattern<unknown>[]>();

function valueBeside(node: Node, scope: Node, label: RegExp): Omit<Line<never>, 'key'> | null {
  for (let el = deepParent(node); el; el = el === scope ? null : deepParent(el)) {
    const line = deepText(el);
    if (line.length > MAX_LINE) return null;
    const m = label.exec(line);
    const value = m ? line.slice(m.index + m[0].length).trim() : '';
    if (value !== '') return { value, line };
  }
  return null;
}

/** Every line under scope that starts with one of the labels, in drawing order. */
export function labelledLines<T>(scope: Node, labels: readonly (readonly [string, T])[]): Line<T>[] {
  let compiled = cache.get(labels) as Pattern<T>[] | undefined;
  if (!compiled) cache.set(labels, (compiled = patterns(labels)));
  const found: Line<T>[] = [];
  for (const node of deepTextNodes(scope)) {
    const text = normalise(node.data);
    const hit = compiled.find((p) => p.start.test(text));
    const line = hit && valueBeside(node, scope, hit.anywhere);
    if (hit && line) found.push({ key: hit.key, ...line });
  }
  return found;
}

/** The same labels as [label, true] pairs, for tables that only name lines. */
export const plainLabels = (labels: readonly string[]) => labels.map((l) => [l, true] as const);
