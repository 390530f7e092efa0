import type { OrderView } from '../lib/messages';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { formatSpan } from '../ui/format';
import { NextStep } from '../ui/NextStep';
import { TimerItem } from '../ui/TimerItem';
import { useNow } from '../ui/use-now';

export type SidebarProps = {
  order: OrderView | null;
  /** The page is an order page but no order could be read from it. */
  unreadable: boolean;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  showMe: (labels: string[]) => boolean;
  t: Translate;
  locale: string;
  clock?: () => number;
};

export function Sidebar({ order, unreadable, collapsed, onCollapse, showMe, t, locale, clock }: SidebarProps) {
  const now = useNow(1000, clock);
  const timers = order?.assessment.timers ?? [];
  const soonest = timers.find((tm) => isoToMs(tm.endsAt) >= now);
  if (collapsed) {
    return (
      <button type="button" class="tab" aria-expanded="false" aria-label={t('show')} onClick={() => onCollapse(false)}>
        <span aria-hidden="true">⏱</span> {soonest ? formatSpan(isoToMs(soonest.endsAt) - now, t) : t('sidebarLabel')}
      </button>
    );
  }
  return (
    <aside class="panel" aria-label={t('sidebarLabel')}>
      <header>
        <h2>{t('sidebarLabel')}</h2>
        <button type="button" class="collapse" aria-expanded="true" onClick={() => onCollapse(true)}>{t('hide')}</button>
      </header>
      {unreadable || !order ? (
        <p class="unreadable" role="status">{t('pageChanged')}</p>
      ) : (
        <>
          <p class="stage">{t(keyFor('stage', order.stage))}</p>
          {timers.length ? (
            <ol class="timers">
              {timers.map((timer) => (
                <TimerItem key={timer.ruleId} timer={timer} note={order.rules[timer.ruleId]} now={now} t={t} locale={locale} />
              ))}
            </ol>
          ) : (
            <p class="no-clocks">{t('noClocks')}</p>
          )}
          {order.assessment.next && <NextStep next={order.assessment.next} t={t} showMe={showMe} />}
        </>
      )}
    </aside>
  );
}
