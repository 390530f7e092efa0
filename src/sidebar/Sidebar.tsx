import type { OrderView } from '../lib/messages';
import type { BuyerNotes as Notes } from '../lib/storage';
import { BuyerNotes } from '../ui/BuyerNotes';
import { GuardDialog, GuardWarning, type GuardQuestion } from '../ui/Guard';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { formatSpan } from '../ui/format';
import { NextStep } from '../ui/NextStep';
import { GuidePath } from '../ui/GuidePath';
import { Unreadable } from '../ui/Unreadable';
import { TimerItem } from '../ui/TimerItem';
import { useNow } from '../ui/use-now';
import { urgentTimer } from '../rules/urgency';

export type SidebarProps = {
  order: OrderView | null;
  /** The page is an order page but no order could be read from it. */
  unreadable: boolean;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  showMe: (labels: string[]) => boolean;
  /** The page shows a button the guard watches (confirm receipt). */
  confirmOnPage?: boolean;
  /** A guarded button was pressed: the question to ask, or what to do now that the buyer agreed. */
  question?: GuardQuestion | null;
  pressAgain?: string | null;
  onAnswer?: (proceed: boolean) => void;
  onNotes?: (patch: Partial<Notes>) => void;
  /** The page's outline for a bug report, when it could not be read. */
  outline?: () => string;
  t: Translate;
  locale: string;
  clock?: () => number;
};

export function Sidebar(props: SidebarProps) {
  const { order, unreadable, collapsed, onCollapse, showMe, t, locale, clock } = props;
  const now = useNow(1000, clock);
  const timers = order?.assessment.timers ?? [];
  const urgent = order ? urgentTimer(order.assessment, now) : undefined;
  if (collapsed) {
    return (
      <button type="button" class="tab" aria-expanded="false" aria-label={t('show')} onClick={() => onCollapse(false)}>
        <span aria-hidden="true">⏱</span> {urgent ? (isoToMs(urgent.endsAt) < now ? t('overdue') : formatSpan(isoToMs(urgent.endsAt) - now, t)) : t('sidebarLabel')}
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
        <Unreadable t={t} outline={props.outline} />
      ) : (
        <>
          <p class="stage">{t(keyFor('stage', order.stage))}</p>
          {order.title && <p class="order-title">{order.title}</p>}
          <p class="page-says">{t('pageSays', order.statusText)}</p>
          {props.question && props.onAnswer && <GuardDialog question={props.question} onAnswer={props.onAnswer} t={t} />}
          {props.pressAgain && <p class="press-again" role="status">{t('guard_press_again', props.pressAgain)}</p>}
          {order.guard && props.confirmOnPage && <GuardWarning reason={order.guard.reason} t={t} />}
          {timers.length ? (
            <ol class="timers">
              {timers.map((timer) => (
                <TimerItem key={timer.ruleId} timer={timer} note={order.rules[timer.ruleId]} now={now} t={t} locale={locale}
                  urgent={timer === urgent} marketplace={order.marketplace} />
              ))}
            </ol>
          ) : (
            <p class="no-clocks">{t('noClocks')}</p>
          )}
          {order.assessment.next && <NextStep next={order.assessment.next} t={t} showMe={showMe} />}
          <GuidePath assessment={order.assessment} t={t} />
          {props.onNotes && (
            <BuyerNotes notes={order.buyer} showEvidence={order.refundOpen || order.buyer.problem} onChange={props.onNotes} t={t} />
          )}
        </>
      )}
    </aside>
  );
}
