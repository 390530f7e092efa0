import type { PageClock, Timer } from '../rules/model';
import type { RuleNote } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { formatDeadline } from './format';
import { ActorIcon } from './ActorIcon';
import { timeLeft } from './countdown';
import { ruleLine, timerSentence } from './sentences';
import { urgencyOf } from './urgent';

type Props = {
  timer: Timer; note?: RuleNote; now: number; t: Translate; locale: string; pageClocks?: readonly PageClock[];
  /** Greyed: a clock last known, no longer read from any page ("as of …"). */
  asOf?: string;
};

/** Where a deadline comes from: the page's own countdown or the rule, the rule's arithmetic, the sources. */
export function WhyDeadline({ timer, note, t }: Pick<Props, 'timer' | 'note' | 't'>) {
  const rule = ruleLine(timer, note, t);
  return (
    <details class="why">
      <summary>{t('details')}</summary>
      <p class="from">{t(timer.from === 'page' ? 'from_page' : 'from_rule')}</p>
      {rule && <p class="rule">{rule}</p>}
      <p>{t(keyFor('confidence', timer.confidence))}</p>
      {note?.source && <p class="source">{t('source', note.source)}</p>}
      {timer.alternatives?.length ? <p class="alternatives">{t('sourcesDiffer', timer.alternatives.join(' · '))}</p> : null}
    </details>
  );
}

export function TimerItem({ timer, note, now, t, locale, pageClocks, asOf }: Props) {
  const left = timeLeft(timer, pageClocks, now);
  const band = asOf ? 'stale' : urgencyOf(left);
  return (
    <li class={`timer actor-${timer.actor} urg-${band}${left < 0 ? ' overdue' : ''}`} data-clock={timer.clock}>
      <p class="sentence">{timerSentence(timer, now, t, left)}</p>
      <p class="meta">
        <span class="actor"><ActorIcon actor={timer.actor} /> {t(keyFor('actor', timer.actor))}</span>
        <span class="when">{formatDeadline(timer.endsAt, locale, t)}</span>
        {asOf && <span class="as-of">{t('ui_as_of', asOf)}</span>}
      </p>
      <WhyDeadline timer={timer} note={note} t={t} />
    </li>
  );
}
