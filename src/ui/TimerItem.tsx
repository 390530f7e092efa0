import type { PageClock, Timer } from '../rules/model';
import type { RuleNote } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { handsOver } from '../rules/urgency';
import { formatDeadline, formatTimerDeadline } from './format';
import { ActorIcon } from './ActorIcon';
import { timeLeft } from './countdown';
import { basisLine, boundLine, differLine, ruleLine, sourceLine, timerSentence } from './sentences';
import { urgencyOf } from './urgent';

type Props = {
  timer: Timer; note?: RuleNote; now: number; t: Translate; locale: string; pageClocks?: readonly PageClock[];
  /** Greyed: a clock last known, no longer read from any page ("as of …"). */
  asOf?: string;
  /** This is the order's clock that matters now (rules/urgency.ts). */
  urgent?: boolean;
  marketplace?: string;
};

/** How far to trust a deadline, in one line a buyer understands: the kind of source, and exact or estimate. */
export function Basis({ timer, note, t, marketplace }: Pick<Props, 'timer' | 'note' | 't' | 'marketplace'>) {
  return <p class="from">{basisLine(timer, note, t, marketplace) ?? t(timer.from === 'page' ? 'from_page' : 'from_rule')}</p>;
}

/** Where a deadline comes from in detail: the rule's arithmetic and the source, folded. */
export function WhyDeadline({ timer, note, t }: Pick<Props, 'timer' | 'note' | 't'>) {
  const rule = ruleLine(timer, note, t);
  const source = sourceLine(note, t);
  if (!rule && !source) return null;
  return (
    <details class="why">
      <summary>{t('details')}</summary>
      {rule && <p class="rule">{rule}</p>}
      {source && <p class="source">{source}</p>}
    </details>
  );
}

export function TimerItem({ timer, note, now, t, locale, pageClocks, asOf, urgent, marketplace }: Props) {
  const left = timeLeft(timer, pageClocks, now);
  const band = asOf ? 'stale' : urgencyOf(left);
  // What makes the date less than certain stays in view, beside the date: never folded away.
  const bound = boundLine(timer, t);
  const differ = differLine(timer, t, note);
  return (
    <li class={`timer actor-${timer.actor} urg-${band}${left < 0 ? ' overdue' : ''}${urgent ? ' urgent' : ''}`} data-clock={timer.clock}
      aria-current={urgent ? 'true' : undefined}>
      <p class="sentence">{timerSentence(timer, now, t, left)}</p>
      {left < 0 && handsOver(timer) && <p class="your-turn" role="status">{t(keyFor('turn', timer.actor))}</p>}
      <p class="meta">
        <span class="actor"><ActorIcon actor={timer.actor} /> {t(keyFor('actor', timer.actor))}</span>
        <span class="when">{formatTimerDeadline(timer, locale, t)}</span>
        {asOf && <span class="as-of">{t('ui_as_of', asOf)}</span>}
      </p>
      {bound && <p class="bound">{bound}</p>}
      <Basis timer={timer} note={note} t={t} marketplace={marketplace} />
      {differ && <p class="alternatives">{differ}</p>}
      {timer.ruleEndsAt && <p class="page-wins">{t('pageWins', formatDeadline(timer.ruleEndsAt, locale, t))}</p>}
      <WhyDeadline timer={timer} note={note} t={t} />
    </li>
  );
}
