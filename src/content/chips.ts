// On a list page: a small chip beside each order with its most urgent clock. Plain DOM rather than
// preact: a chip is one span, and without preact a list page fetches ≈ 5 KB gzip less.
import type { OrderView } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { timeLeft } from '../ui/countdown';
import { formatSpan } from '../ui/format';
import { timerSentence } from '../ui/sentences';
import { noClockState, urgentTimer } from '../ui/urgent';
import { deepQuerySelector, deepTextNodes } from '../marketplaces/common/shadow';
import css from './chip.css?inline';
import { createShadowHost, isOurs, type ShadowHost } from './shadow-host';

/** How often the time left is redrawn while the page is visible. */
const REDRAW_MS = 30_000;

/**
 * For each order id, the deepest element whose own text carries it: where the page prints "Order ID: …"
 * (else a link to the order). Open shadow roots are searched too (1688's list draws each order inside
 * one); script text is not. One walk of the document for all the ids, not one per order: on a list of
 * 60 orders that was 60 walks and the one long task of the load.
 */
export function anchorsFor(doc: Document, orderIds: readonly string[]): Map<string, Element> {
  const found = new Map<string, Element>();
  const wanted = new Set(orderIds);
  if (!doc.body || wanted.size === 0) return found;
  const shortest = Math.min(...[...wanted].map((id) => id.length));
  for (const node of deepTextNodes(doc.body)) {
    if (node.data.length < shortest || !node.parentElement) continue;
    for (const id of wanted) {
      if (node.data.includes(id) && !isOurs(node)) {
        found.set(id, node.parentElement);
        wanted.delete(id);
      }
    }
    if (wanted.size === 0) return found;
  }
  for (const id of wanted) {
    const link = deepQuerySelector(doc.body, `a[href*="${CSS.escape(id)}"]`);
    if (link && !isOurs(link)) found.set(id, link);
  }
  return found;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small clock drawn inline: the ⏱ glyph needs an emoji font many Linux desktops lack. */
function clockIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 16 16', width: '12', height: '12', 'aria-hidden': 'true', focusable: 'false', class: 'icon' })) svg.setAttribute(k, v);
  const face = doc.createElementNS(SVG, 'circle');
  for (const [k, v] of Object.entries({ cx: '8', cy: '9', r: '6', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6' })) face.setAttribute(k, v);
  const hands = doc.createElementNS(SVG, 'path');
  for (const [k, v] of Object.entries({ d: 'M8 6v3.2l2 1.3M6 1.5h4', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round' })) hands.setAttribute(k, v);
  svg.append(face, hands);
  return svg;
}

/** A faint chip for a remembered order with no running clock: finished, paused by the page, or open it to learn its deadline. */
function drawQuiet(container: HTMLElement, order: OrderView, t: Translate): void {
  const chip = container.ownerDocument.createElement('span');
  const state = noClockState(order);
  const text = state === 'finished' ? t('ui_chip_done') : state === 'paused' ? t('ui_chip_paused') : t('ui_open_to_check');
  chip.className = 'chip quiet';
  chip.setAttribute('role', 'note');
  chip.setAttribute('aria-label', t('chipLabel', text));
  chip.append(clockIcon(container.ownerDocument), text);
  container.replaceChildren(chip);
}

/** The chip for an order at `now`: its most urgent clock (ui/urgent.ts), else a faint word; every order gets one. */
function draw(container: HTMLElement, order: OrderView, now: number, t: Translate): void {
  const timer = urgentTimer(order, now);
  if (!timer) return drawQuiet(container, order, t);
  const left = timeLeft(timer, order.pageClocks, now);
  const sentence = timerSentence(timer, now, t, left);
  const doc = container.ownerDocument;
  // Every other running clock of the order is named too: a chip must not hide a second deadline.
  const others = order.assessment.timers.filter((tm) => tm !== timer && isoToMs(tm.endsAt) >= now)
    .map((tm) => timerSentence(tm, now, t, timeLeft(tm, order.pageClocks, now)));
  const all = [sentence, ...others].join(' ');
  const chip = doc.createElement('span');
  chip.className = `chip actor-${timer.actor}${left < 0 ? ' overdue' : ''}`;
  chip.setAttribute('role', 'note');
  chip.setAttribute('aria-label', t('chipLabel', all));
  chip.title = [sentence, ...others].join('\n');
  const icon = clockIcon(doc);
  // The buyer's own clock says what to do in the time ("5 d 9 h to pay"); another's says whose it is.
  const span = left < 0 ? t('overdue') : formatSpan(left, t);
  const says = timer.actor === 'buyer' && left >= 0 ? t('ui_chip_to', span, t(keyFor('task', timer.clock))) : `${span} · ${t(keyFor('actor', timer.actor))}`;
  chip.append(icon, `${says}${others.length ? ` +${others.length}` : ''}`);
  container.replaceChildren(chip);
}

/** The node above: its parent, or across a shadow boundary its host. */
function up(node: Node): Node | null {
  return node.parentNode ?? (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((node as ShadowRoot).host ?? null) : null);
}

/** The deepest element holding all of nodes, across shadow roots; null when there is none below the document. */
function commonAncestor(nodes: Node[]): Element | null {
  const [first, ...rest] = nodes;
  if (!first) return null;
  const chain: Node[] = [];
  for (let n: Node | null = first; n; n = up(n)) chain.push(n);
  const index = new Map(chain.map((n, i) => [n, i]));
  let highest = 0;
  for (const node of rest) {
    let n: Node | null = node;
    while (n && !index.has(n)) n = up(n);
    if (!n) return null;
    highest = Math.max(highest, index.get(n) ?? 0);
  }
  const found = chain[highest];
  if (found instanceof Element) return found;
  return found && found.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((found as ShadowRoot).host ?? null) : null;
}

/** How often a chip the page took away is put back; a page that keeps at it only loses the chip. */
const MAX_PUT_BACK = 20;

type Placed = { shadow: ShadowHost; order: OrderView; anchor: Element; putBack: number };

export class Chips {
  private hosts = new Map<string, Placed>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private area: Element | null | undefined;
  /** Puts back a chip the page removed, beside the same order id. */
  private readonly keeper: MutationObserver;

  constructor(private doc: Document, private t: Translate, private clock: () => number = Date.now) {
    doc.addEventListener('visibilitychange', this.onVisibility);
    this.keeper = new MutationObserver(() => this.putBack());
  }

  private putBack(): void {
    for (const placed of this.hosts.values()) {
      const { shadow, anchor } = placed;
      if (shadow.host.isConnected || !anchor.isConnected || placed.putBack >= MAX_PUT_BACK) continue;
      placed.putBack += 1;
      anchor.after(shadow.host);
    }
  }

  /** `theme`: the colours chosen in the options, resolved against this page (theme.ts). */
  show(orders: OrderView[], theme?: 'light' | 'dark'): void {
    const placed = (key: string) => this.hosts.get(key)?.shadow.host.isConnected === true;
    const missing = orders.filter((o) => !placed(o.key)).map((o) => o.orderId);
    const anchors = missing.length > 0 ? anchorsFor(this.doc, missing) : new Map<string, Element>();
    const seen = new Set<string>();
    const now = this.clock();
    for (const order of orders) {
      seen.add(order.key);
      const known = this.hosts.get(order.key);
      let shadow = known?.shadow;
      let anchor = known?.anchor;
      if (!shadow || !shadow.host.isConnected) {
        anchor = anchors.get(order.orderId);
        if (!anchor) continue;
        shadow ??= createShadowHost(this.doc, 'chip', css, theme);
        shadow.host.style.display = 'inline-block';
        anchor.after(shadow.host);
        if (anchor.parentNode) this.keeper.observe(anchor.parentNode, { childList: true });
      }
      if (theme) shadow.container.dataset.theme = theme;
      this.hosts.set(order.key, { shadow, order, anchor: anchor!, putBack: known?.putBack ?? 0 });
      draw(shadow.container, order, now, this.t);
    }
    for (const [key, { shadow }] of this.hosts) if (!seen.has(key)) this.remove(key, shadow);
    this.area = undefined;
    this.schedule(false);
  }

  /** Whether the order with this id has its chip on the page. */
  placed(orderId: string): boolean {
    for (const { shadow, order } of this.hosts.values()) if (order.orderId === orderId) return shadow.host.isConnected;
    return false;
  }

  /**
   * Where each order's row is marked: the page's own element with its id, else our chip beside it. The
   * page's element is used first, so a page that takes our chips away does not take the rows with them.
   */
  private marks(): { mark: Element; order: OrderView }[] {
    const lost = [...this.hosts.values()].filter((p) => !p.anchor.isConnected).map((p) => p.order.orderId);
    const found = lost.length ? anchorsFor(this.doc, lost) : new Map<string, Element>();
    return [...this.hosts.values()].flatMap((p) => {
      const anchor = found.get(p.order.orderId);
      if (anchor) p.anchor = anchor;
      const mark = p.anchor.isConnected ? p.anchor : p.shadow.host.isConnected ? p.shadow.host : null;
      return mark ? [{ mark, order: p.order }] : [];
    });
  }

  /**
   * The smallest subtree holding every chip, across shadow roots: where the list's orders are. Null for
   * fewer than two chips, where it would say nothing about where the rest of an order is drawn.
   */
  region(): Element | null {
    if (this.area === undefined) {
      const hosts = [...this.hosts.values()].map(({ shadow }) => shadow.host);
      this.area = hosts.length >= 2 ? commonAncestor(hosts) : null;
    }
    return this.area?.isConnected === false ? null : this.area;
  }

  /**
   * The order whose row holds `element`: going up from it (across shadow roots), the first ancestor that
   * holds any chip holds exactly one. Null when it holds several (the button is not in one order's row).
   */
  ownerOf(element: Element): OrderView | null {
    const rows = this.marks().map(({ mark, order }) => {
      const above = new Set<Node>();
      // From the mark's parent: the chip sits beside the page's element, in the same row.
      for (let n: Node | null = up(mark); n; n = up(n)) above.add(n);
      return { above, order };
    });
    for (let n: Node | null = element; n; n = up(n)) {
      const holding = rows.filter((row) => row.above.has(n as Node));
      if (holding.length > 0) return holding.length === 1 ? holding[0]!.order : null;
    }
    return null;
  }

  /** Takes every chip down for good. */
  clear(): void {
    this.keeper.disconnect();
    for (const [key, { shadow }] of this.hosts) this.remove(key, shadow);
    this.doc.removeEventListener('visibilitychange', this.onVisibility);
    this.area = undefined;
    this.schedule(false);
  }

  /** The time left is redrawn only while chips are up and the page is visible; it catches up on return. */
  private schedule(redrawNow: boolean): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.hosts.size === 0 || this.doc.visibilityState === 'hidden') return;
    if (redrawNow) this.redraw();
    this.timer = setInterval(this.redraw, REDRAW_MS);
  }

  private readonly onVisibility = (): void => this.schedule(true);

  private readonly redraw = (): void => {
    const now = this.clock();
    for (const { shadow, order } of this.hosts.values()) draw(shadow.container, order, now, this.t);
  };

  private remove(key: string, shadow: ShadowHost): void {
    shadow.host.remove();
    this.hosts.delete(key);
  }
}
