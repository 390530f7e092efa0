import type { Timer } from '../rules/model';
import type { RuleNote } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { handsOver } from '../rules/urgency';
import { formatDeadline, formatTimerDeadline } from './format';
import { basisLine, boundLine, differLine, ruleLine, timerSentence } from './sentences';

/** urgent: this is the order's clock that matters now (rules/urgency.ts). */
type Props = { timer: Timer; note?: RuleNote; now: number; t: Translate; locale: string; urgent?: boolean; marketplace?: string };

export function TimerItem({ timer, note, now, t, locale, urgent, marketplace }: Props) {
  const overdue = isoToMs(timer.endsAt) < now;
  const rule = ruleLine(timer, note, t);
  const bound = boundLine(timer, t);
  const differ = differLine(timer, t);
  return (
    <li class={`timer actor-${timer.actor}${overdue ? ' overdue' : ''}${urgent ? ' urgent' : ''}`} data-clock={timer.clock}
      aria-current={urgent ? 'true' : undefined}>
      <p class="sentence">{timerSentence(timer, now, t)}</p>
      {overdue && handsOver(timer) && <p class="your-turn" role="status">{t(keyFor('turn', timer.actor))}</p>}
      <p class="meta">
        <span class="actor">{t(keyFor('actor', timer.actor))}</span>
        <span class="when">{formatTimerDeadline(timer, locale, t)}</span>
      </p>
      {bound && <p class="bound">{bound}</p>}
      <p class="from">{basisLine(timer, note, t, marketplace) ?? t(timer.from === 'page' ? 'from_page' : 'from_rule')}</p>
      {differ && <p class="alternatives">{differ}</p>}
      {rule && <p class="rule">{rule}</p>}
      {timer.ruleEndsAt && <p class="page-wins">{t('pageWins', formatDeadline(timer.ruleEndsAt, locale, t))}</p>}
      <details>
        <summary>{t('details')}</summary>
        {note?.source && <p class="source">{t('source', note.source)}</p>}
      </details>
    </li>
  );
}
