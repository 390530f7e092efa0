// One tracked order in the popup, on one line: time left, name, what to do, marketplace, date. The
// rest (every clock, the next step, the rule, a hand-tracked order's note and checklist) on expand.
import type { OrderView } from '../lib/messages';
import type { ChecklistId } from '../lib/manual';
import { EVIDENCE_FOR, type EvidenceId } from '../lib/evidence';
import { EvidenceChecklist } from '../ui/EvidenceChecklist';
import { keyFor, type Translate } from '../lib/i18n';
import { safeOrderLink } from '../lib/links';
import { isoToMs } from '../lib/time';
import { Checklist } from '../ui/Checklist';
import { GuidePath } from '../ui/GuidePath';
import { PausedClocks } from '../ui/PausedClocks';
import { timeLeft } from '../ui/countdown';
import { formatSpan, wallClock } from '../ui/format';
import { basisLine, boundLine, differLine, nextSentence, ruleLine, timerSentence } from '../ui/sentences';
import { noClockState, urgencyOf, urgentTimer } from '../ui/urgent';

export type OrderActions = {
  onChecklist: (key: string, done: ChecklistId[]) => void;
  /** The evidence ticked off on a hand-tracked order. */
  onEvidence: (key: string, done: EvidenceId[]) => void;
  onRemove: (key: string) => void;
};


type Props = { order: OrderView; now: number; t: Translate; locale: string; actions: OrderActions };

export function OrderItem({ order: o, now, t, locale, actions }: Props) {
  const timer = urgentTimer(o, now);
  const href = safeOrderLink(o.url, o.marketplace);
  const name = o.title ?? t('orderNumber', o.orderId);
  const left = timer ? timeLeft(timer, o.pageClocks, now) : 0;
  const rule = timer && ruleLine(timer, o.rules[timer.ruleId], t);
  const bound = timer && boundLine(timer, t);
  const basis = timer && basisLine(timer, o.rules[timer.ruleId], t, o.marketplace);
  const differ = timer && differLine(timer, t, o.rules[timer.ruleId]);
  const state = timer ? null : noClockState(o);
  const quiet = state === 'finished' ? '—' : state === 'paused' ? t('ui_paused_short') : t('ui_open_to_check');
  const span = !timer ? quiet : left < 0 ? t('overdue') : formatSpan(left, t);
  return (
    <li data-order={o.orderId} data-key={o.key} class={`order urg-${timer ? urgencyOf(left) : 'none'}${left < 0 ? ' overdue' : ''}`}>
      <details open={o.marketplace === 'cainiao' && !!o.manual}>
        <summary class="line">
          <span class="left">{span}</span>
          <span class="name">{name}</span>
          {timer && <span class={`verb actor-${timer.actor}`}>{t(keyFor('task', timer.clock))}</span>}
          <span class="market">{t(keyFor('market', o.marketplace))}</span>
          {timer && <span class="date">{wallClock(isoToMs(timer.endsAt), locale)}</span>}
        </summary>
        <div class="more">
          {href && <p><a href={href} target="_blank" rel="noreferrer">{name}</a></p>}
          <p class="stage">{t(keyFor('stage', o.stage))}{o.manual ? ` · ${t('popup_by_hand')}` : ''}</p>
          {o.assessment.timers.map((tm) => (
            <p key={tm.ruleId} class={`sentence actor-${tm.actor}${tm === timer ? ' urgent' : ''}`}>{timerSentence(tm, now, t, timeLeft(tm, o.pageClocks, now))}</p>
          ))}
          <PausedClocks paused={o.assessment.paused} t={t} />
          {!timer && state !== 'paused' && (state === 'finished' ? <p>{t('noClocks')}</p> : state === 'lost' ? <p>{t('ui_clocks_lost')}</p> : <p>{t('ui_deadline_unknown')}</p>)}
          {bound && <p class="bound">{bound}</p>}
          {basis && <p class="from">{basis}</p>}
          {differ && <p class="alternatives">{differ}</p>}
          {rule && <p class="rule">{rule}</p>}
          {o.assessment.next && <p class="next">{nextSentence(o.assessment.next, t)}</p>}
          <GuidePath assessment={o.assessment} t={t} />
          {o.manual && (
            <>
              {o.manual.note && o.title !== o.manual.note && <p class="note">{t('popup_note', o.manual.note)}</p>}
              {o.manual.link && !href && <p class="note">{t('popup_link', o.manual.link)}</p>}
              {o.marketplace === 'cainiao' && (
                <Checklist id={o.key} done={o.manual.checklist} onChange={(done) => actions.onChecklist(o.key, done)} t={t} />
              )}
              {(o.refundOpen || o.assessment.notes?.includes('keep-evidence')) && (
                <EvidenceChecklist id={o.key} items={EVIDENCE_FOR[o.marketplace]} done={o.manual.evidence ?? []}
                  onChange={(done) => actions.onEvidence(o.key, done)} t={t} />
              )}
              <button type="button" class="remove" onClick={() => actions.onRemove(o.key)} aria-label={`${t('popup_remove')}: ${name}`}>
                {t('popup_remove')}
              </button>
            </>
          )}
        </div>
      </details>
    </li>
  );
}
