// Every tracked order, most urgent first. (Filters, hand-tracked orders and reminders come with the
// reminders issue; this is the list the buyer can already trust.)
import type { OrderView } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { timerSentence } from '../ui/sentences';
import { useNow } from '../ui/use-now';
import { safeOrderLink } from '../lib/links';

type Props = { orders: OrderView[]; t: Translate; locale: string };

const soonest = (o: OrderView, now: number) =>
  o.assessment.timers.find((tm) => isoToMs(tm.endsAt) >= now) ?? o.assessment.timers[0];

export function Popup({ orders, t }: Props) {
  const now = useNow(30_000);
  const sorted = [...orders].sort((a, b) => {
    const ta = soonest(a, now), tb = soonest(b, now);
    return (ta ? isoToMs(ta.endsAt) : Infinity) - (tb ? isoToMs(tb.endsAt) : Infinity);
  });
  return (
    <section aria-labelledby="bc-popup-title">
      <h1 id="bc-popup-title">{t('extName')}</h1>
      {sorted.length === 0 ? (
        <p class="empty">{t('popupEmpty')}</p>
      ) : (
        <ol class="orders">
          {sorted.map((o) => {
            const timer = soonest(o, now);
            const href = safeOrderLink(o.url);
            return (
              <li key={o.key} data-order={o.orderId}>
                <p class="order-head">
                  <span class="market">{o.marketplace}</span>{' '}
                  {href ? <a href={href} target="_blank" rel="noreferrer">{o.title ?? o.orderId}</a> : <span>{o.title ?? o.orderId}</span>}
                </p>
                <p class="stage">{t(keyFor('stage', o.stage))}</p>
                {timer ? <p class="sentence">{timerSentence(timer, now, t)}</p> : <p>{t('noClocks')}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
