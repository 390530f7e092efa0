// On a list page: a small chip beside each order with its most urgent clock.
import { render } from 'preact';
import type { OrderView } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { formatSpan } from '../ui/format';
import { timerSentence } from '../ui/sentences';
import { useNow } from '../ui/use-now';
import { deepQuerySelector, deepTextNodes } from '../marketplaces/common/shadow';
import { createShadowHost, isOurs, type ShadowHost } from './shadow-host';

function Chip({ order, t }: { order: OrderView; t: Translate }) {
  const now = useNow(30_000);
  const timer = order.assessment.timers.find((tm) => isoToMs(tm.endsAt) >= now) ?? order.assessment.timers[0];
  if (!timer) return null;
  const left = isoToMs(timer.endsAt) - now;
  const sentence = timerSentence(timer, now, t);
  return (
    <span class={`chip actor-${timer.actor}${left < 0 ? ' overdue' : ''}`} role="note" aria-label={t('chipLabel', sentence)} title={sentence}>
      <span aria-hidden="true">⏱</span>
      {left < 0 ? t('overdue') : formatSpan(left, t)} · {t(keyFor('actor', timer.actor))}
    </span>
  );
}

/**
 * The deepest element whose own text carries the order id: where the page prints "Order ID: …". Open
 * shadow roots are searched too (1688's list draws each order inside one); script text is not.
 */
function anchorFor(doc: Document, orderId: string): Element | null {
  for (const node of deepTextNodes(doc.body)) {
    if (node.data.includes(orderId) && !isOurs(node) && node.parentElement) return node.parentElement;
  }
  const link = deepQuerySelector(doc.body, `a[href*="${CSS.escape(orderId)}"]`);
  return link && !isOurs(link) ? link : null;
}

export class Chips {
  private hosts = new Map<string, ShadowHost>();
  constructor(private doc: Document, private t: Translate) {}

  show(orders: OrderView[]): void {
    const seen = new Set<string>();
    for (const order of orders) {
      seen.add(order.key);
      let host = this.hosts.get(order.key);
      if (!host || !host.host.isConnected) {
        const anchor = anchorFor(this.doc, order.orderId);
        if (!anchor) continue;
        host = createShadowHost(this.doc, 'chip');
        host.host.style.display = 'inline-block';
        anchor.after(host.host);
        this.hosts.set(order.key, host);
      }
      render(<Chip order={order} t={this.t} />, host.container);
    }
    for (const [key, host] of this.hosts) if (!seen.has(key)) this.remove(key, host);
  }

  clear(): void {
    for (const [key, host] of this.hosts) this.remove(key, host);
  }

  private remove(key: string, host: ShadowHost): void {
    render(null, host.container);
    host.host.remove();
    this.hosts.delete(key);
  }
}
