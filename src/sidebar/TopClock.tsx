// The one clock that matters now, first: the time left in large type, what to do, what happens at
// zero, the deadline in both zones, and the next step as the one filled button.
import type { OrderView } from '../lib/messages';
import type { Timer } from '../rules/model';
import { keyFor, type Translate } from '../lib/i18n';
import { ActorIcon } from '../ui/ActorIcon';
import { timeLeft } from '../ui/countdown';
import { formatDeadline, formatSpan, formatTimerDeadline } from '../ui/format';
import { NextStep } from '../ui/NextStep';
import { boundLine, differLine, timerSentence } from '../ui/sentences';
import { handsOver } from '../rules/urgency';
import { Basis, WhyDeadline } from '../ui/TimerItem';
import { urgencyOf } from '../ui/urgent';

type Props = {
  order: OrderView; timer: Timer; now: number; t: Translate; locale: string; showMe: (labels: string[]) => boolean;
};

export function TopClock({ order, timer, now, t, locale, showMe }: Props) {
  const left = timeLeft(timer, order.pageClocks, now);
  const band = urgencyOf(left);
  const next = order.assessment.next;
  const bound = boundLine(timer, t);
  const differ = differLine(timer, t, order.rules[timer.ruleId]);
  return (
    <section class={`top urg-${band} actor-${timer.actor}`} data-clock={timer.clock} aria-labelledby="bc-top-left">
      <p class="top-actor"><ActorIcon actor={timer.actor} /> {t(keyFor('actor', timer.actor))}</p>
      <p class="top-left" id="bc-top-left">
        {left < 0 ? t('ui_ran_out', formatSpan(-left, t)) : <><strong class="big">{formatSpan(left, t)}</strong> {t('ui_left')}</>}
      </p>
      {/* What to do and what happens at zero, in one sentence that reads naturally in every language. */}
      <p class="sentence">{timerSentence(timer, now, t, left)}</p>
      {left < 0 && handsOver(timer) && <p class="your-turn" role="status">{t(keyFor('turn', timer.actor))}</p>}
      <p class="when">{formatTimerDeadline(timer, locale, t)}</p>
      {/* What makes the date less than certain stays beside it, never folded away. */}
      {bound && <p class="bound">{bound}</p>}
      <Basis timer={timer} note={order.rules[timer.ruleId]} t={t} marketplace={order.marketplace} />
      {differ && <p class="alternatives">{differ}</p>}
      {timer.ruleEndsAt && <p class="page-wins">{t('pageWins', formatDeadline(timer.ruleEndsAt, locale, t))}</p>}
      {next && <NextStep next={next} t={t} showMe={showMe} />}
      <WhyDeadline timer={timer} note={order.rules[timer.ruleId]} t={t} />
    </section>
  );
}
