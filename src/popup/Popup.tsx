// Every tracked order, most urgent first, with live countdowns; a filter by marketplace; an empty state
// that says what to do; and "Add an order by hand". Deadlines come from the worker (assess), never from here.
import { useState } from 'preact/hooks';
import type { OrderView, StoreHealth } from '../lib/messages';
import type { ManualInput } from '../lib/manual';
import { keyFor, plural, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import type { Marketplace } from '../rules/model';
import { AddOrderForm } from '../ui/AddOrderForm';
import { useNow } from '../ui/use-now';
import { urgentTimer } from '../rules/urgency';
import { OrderItem, type OrderActions } from './OrderItem';
import { StoreNotice, type StoreActions } from './StoreNotice';

export type PopupProps = OrderActions & StoreActions & {
  orders: OrderView[];
  /** What the worker says about the store itself; absent when it could not say. */
  health?: StoreHealth;
  t: Translate;
  locale: string;
  zone: string;
  onAdd: (input: ManualInput) => Promise<boolean>;
  onSettings: () => void;
  clock?: () => number;
};

/** By the deadline of each order's clock that matters (overdue ones lead); orders with no clock last. */
function byUrgency(orders: OrderView[], now: number): OrderView[] {
  const when = (o: OrderView) => {
    const timer = urgentTimer(o.assessment, now);
    return timer ? isoToMs(timer.endsAt) : Infinity;
  };
  return [...orders].sort((a, b) => when(a) - when(b) || a.key.localeCompare(b.key));
}

export function Popup(props: PopupProps) {
  const { orders, t, clock } = props;
  const now = useNow(1000, clock);
  const [filter, setFilter] = useState<Marketplace | 'all'>('all');
  const [adding, setAdding] = useState(false);
  const markets = [...new Set(orders.map((o) => o.marketplace))];
  const shown = byUrgency(orders.filter((o) => filter === 'all' || o.marketplace === filter), now);

  if (adding) {
    return (
      <main class="popup">
        <AddOrderForm t={t} zone={props.zone} onCancel={() => setAdding(false)}
          onSave={async (input) => { const ok = await props.onAdd(input); if (ok) setAdding(false); return ok; }} />
      </main>
    );
  }
  return (
    <main class="popup" aria-labelledby="bc-popup-title">
      <header>
        <h1 id="bc-popup-title">{t('extName')}</h1>
        <button type="button" class="link" onClick={props.onSettings}>{t('popup_settings')}</button>
      </header>
      {props.health && <StoreNotice {...props} health={props.health} />}
      {orders.length === 0 ? (
        <p class="empty">{t('popup_empty')}</p>
      ) : (
        <>
          {markets.length > 1 && (
            <label class="filter">{t('popup_filter')}{' '}
              <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as Marketplace | 'all')}>
                <option value="all">{t('popup_filter_all')}</option>
                {markets.map((m) => <option key={m} value={m}>{t(keyFor('market', m))}</option>)}
              </select>
            </label>
          )}
          {shown.length === 0 ? <p class="empty">{t('popup_none_here')}</p> : (
            <ol class="orders" aria-label={plural(t, 'popup_count', shown.length)}>
              {shown.map((o) => <OrderItem key={o.key} order={o} now={now} t={t} actions={props} />)}
            </ol>
          )}
        </>
      )}
      <button type="button" class="add" onClick={() => setAdding(true)}>{t('popup_add')}</button>
    </main>
  );
}
