// Every tracked order, to scan: a sticky search and "+ Add", then sections — Act now (what the badge
// counts), Waiting on seller or platform, Later, and Past and closed (folded) — one line per order,
// most urgent first. Deadlines come from the worker (assess), never from here.
import { useState } from 'preact/hooks';
import type { OrderView, StoreHealth } from '../lib/messages';
import type { ManualInput } from '../lib/manual';
import { keyFor, type MessageKey, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { AddOrderForm } from '../ui/AddOrderForm';
import type { PreviewQuery, PreviewReply } from '../lib/page-messages';
import { useNow } from '../ui/use-now';
import { OrderItem, type OrderActions } from './OrderItem';
import { urgentTimer } from '../ui/urgent';
import { SECTIONS, sectionOf, type Section } from './sections';
import { StoreNotice, type StoreActions } from './StoreNotice';

export type PopupProps = OrderActions & StoreActions & {
  orders: OrderView[];
  /** What the worker says about the store itself; absent when it could not say. */
  health?: StoreHealth;
  t: Translate;
  locale: string;
  zone: string;
  onAdd: (input: ManualInput) => Promise<boolean>;
  /** The add-by-hand form's questions to the worker: what to offer, and the order it would store. */
  onPreview: (query: PreviewQuery) => Promise<PreviewReply | null>;
  onSettings: () => void;
  clock?: () => number;
};

/** By the deadline of each order's clock that matters (overdue ones lead); orders with no clock last. */
function byUrgency(orders: OrderView[], now: number): OrderView[] {
  const when = (o: OrderView) => {
    const timer = urgentTimer(o, now);
    return timer ? isoToMs(timer.endsAt) : Infinity;
  };
  return [...orders].sort((a, b) => when(a) - when(b) || a.key.localeCompare(b.key));
}

const TITLES: Record<Section, MessageKey> = { act: 'ui_sec_act_now', waiting: 'ui_sec_waiting', later: 'ui_sec_later', past: 'ui_sec_past' };

/** Whether the order matches what the buyer typed: its name, number, marketplace or status. */
function matches(o: OrderView, query: string, t: Translate): boolean {
  if (!query) return true;
  const hay = [o.title ?? '', o.orderId, t(keyFor('market', o.marketplace)), o.statusText, o.manual?.note ?? ''].join(' ').toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => hay.includes(word));
}

export function Popup(props: PopupProps) {
  const { orders, t, locale, clock } = props;
  const now = useNow(1000, clock);
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const shown = byUrgency(orders.filter((o) => matches(o, query.trim(), t)), now);
  const grouped = new Map<Section, OrderView[]>(SECTIONS.map((s) => [s, []]));
  for (const o of shown) grouped.get(sectionOf(o, now))!.push(o);

  if (adding) {
    return (
      <main class="popup">
        <AddOrderForm t={t} onCancel={() => setAdding(false)} onPreview={props.onPreview}
          onSave={async (input) => { const ok = await props.onAdd(input); if (ok) setAdding(false); return ok; }} />
      </main>
    );
  }
  return (
    <main class="popup" aria-labelledby="bc-popup-title">
      <header class="bar">
        <h1 id="bc-popup-title">{t('extName')}</h1>
        <button type="button" class="link" onClick={props.onSettings}>{t('popup_settings')}</button>
        {orders.length > 0 && (
          <input type="search" class="search" value={query} aria-label={t('ui_search')} placeholder={t('ui_search')}
            onInput={(e) => setQuery(e.currentTarget.value)} />
        )}
        <button type="button" class="add" aria-label={t('ui_add_label')} onClick={() => setAdding(true)}>{t('ui_add')}</button>
      </header>
      {props.health && <StoreNotice {...props} health={props.health} />}
      {orders.length === 0 ? (
        <p class="empty">{t('popup_empty')}</p>
      ) : shown.length === 0 ? <p class="empty">{t('ui_no_match')}</p> : (
        SECTIONS.map((section) => {
          const list = grouped.get(section)!;
          if (!list.length) return null;
          const title = t('ui_sec_count', t(TITLES[section]), list.length);
          const items = (
            <ol class="orders" aria-label={title}>
              {list.map((o) => <OrderItem key={o.key} order={o} now={now} t={t} locale={locale} actions={props} />)}
            </ol>
          );
          return section === 'past' && !query ? (
            <details class="section past" data-section={section} key={section}>
              <summary><h2>{title}</h2></summary>
              {items}
            </details>
          ) : (
            <section class="section" data-section={section} key={section} aria-label={title}>
              <h2>{title}</h2>
              {items}
            </section>
          );
        })
      )}
    </main>
  );
}
