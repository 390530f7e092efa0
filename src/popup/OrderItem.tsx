// One tracked order in the popup: marketplace, name (a link when it is safe), stage, the live countdown
// of its most urgent clock, the next action, and for hand-tracked orders the note, link and checklist.
import type { OrderView } from '../lib/messages';
import type { ChecklistId } from '../lib/manual';
import { keyFor, type Translate } from '../lib/i18n';
import { safeOrderLink } from '../lib/links';
import { isoToMs } from '../lib/time';
import { Checklist } from '../ui/Checklist';
import { nextSentence, ruleLine, timerSentence } from '../ui/sentences';
import { urgentTimer } from '../ui/urgent';

export type OrderActions = {
  onChecklist: (key: string, done: ChecklistId[]) => void;
  onRemove: (key: string) => void;
};

export { urgentTimer };

export function OrderItem({ order: o, now, t, actions }: { order: OrderView; now: number; t: Translate; actions: OrderActions }) {
  const timer = urgentTimer(o, now);
  const href = safeOrderLink(o.url);
  const name = o.title ?? t('orderNumber', o.orderId);
  const overdue = timer ? isoToMs(timer.endsAt) < now : false;
  const rule = timer && ruleLine(timer, o.rules[timer.ruleId], t);
  return (
    <li data-order={o.orderId} data-key={o.key} class={overdue ? 'overdue' : undefined}>
      <p class="order-head">
        <span class="market">{t(keyFor('market', o.marketplace))}</span>{' '}
        {href ? <a href={href} target="_blank" rel="noreferrer">{name}</a> : <span class="name">{name}</span>}
      </p>
      <p class="stage">{t(keyFor('stage', o.stage))}{o.manual ? ` · ${t('popup_by_hand')}` : ''}</p>
      {timer ? <p class={`sentence actor-${timer.actor}`}>{timerSentence(timer, now, t)}</p> : !o.manual || o.marketplace !== 'cainiao' ? <p>{t('noClocks')}</p> : null}
      {rule && <p class="rule">{rule}</p>}
      {o.assessment.next && <p class="next">{nextSentence(o.assessment.next, t)}</p>}
      {o.manual && (
        <>
          {o.manual.note && o.title !== o.manual.note && <p class="note">{t('popup_note', o.manual.note)}</p>}
          {o.manual.link && !href && <p class="note">{t('popup_link', o.manual.link)}</p>}
          {o.marketplace === 'cainiao' && (
            <Checklist id={o.key} done={o.manual.checklist} onChange={(done) => actions.onChecklist(o.key, done)} t={t} />
          )}
          <button type="button" class="remove" onClick={() => actions.onRemove(o.key)} aria-label={`${t('popup_remove')}: ${name}`}>
            {t('popup_remove')}
          </button>
        </>
      )}
    </li>
  );
}
