// What the sidebar says when an order shows no running clock. "No clock is running" only where that is
// known (a finished order); where the deadlines were lost, the last known ones, greyed and dated; else
// that the deadline is not known yet.
import type { OrderView } from '../lib/messages';
import type { Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { TimerItem } from '../ui/TimerItem';
import { noClockState } from '../ui/urgent';
import { wallClock } from '../ui/format';

export function NoClocks({ order, now, t, locale }: { order: OrderView; now: number; t: Translate; locale: string }) {
  const state = noClockState(order);
  if (state === 'finished') return <p class="no-clocks">{t('noClocks')}</p>;
  if (state === 'unknown') return <p class="no-clocks unknown">{t('ui_deadline_unknown')}</p>;
  const { at, timers } = order.lastClocks!;
  const asOf = wallClock(isoToMs(at), locale);
  return (
    <section class="lost">
      <p class="no-clocks lost-note" role="status">{t('ui_clocks_lost')}</p>
      <ol class="timers stale">
        {timers.map((tm) => <TimerItem key={tm.ruleId} timer={tm} now={now} t={t} locale={locale} asOf={asOf} />)}
      </ol>
    </section>
  );
}
