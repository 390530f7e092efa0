// The sidebar: the most urgent clock first (TopClock), then the other running clocks grouped by who
// acts, then the lapsed ones folded away under "Past". Deadlines come from the worker, never from here.
import type { OrderView } from '../lib/messages';
import type { BuyerNotes as Notes } from '../lib/storage';
import type { Actor, Timer } from '../rules/model';
import { BuyerNotes } from '../ui/BuyerNotes';
import { GuardDialog, GuardWarning, type GuardQuestion } from '../ui/Guard';
import { GuardPopover, type Anchor } from '../ui/GuardPopover';
import { keyFor, type Translate } from '../lib/i18n';
import { isoToMs } from '../lib/time';
import { ActorIcon } from '../ui/ActorIcon';
import { timeLeft } from '../ui/countdown';
import { formatSpan } from '../ui/format';
import { GuidePath } from '../ui/GuidePath';
import { PausedClocks } from '../ui/PausedClocks';
import { Unreadable } from '../ui/Unreadable';
import { TimerItem } from '../ui/TimerItem';
import { noClockState, urgencyOf, urgentTimer } from '../ui/urgent';
import { useNow } from '../ui/use-now';
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { Side } from '../lib/sites';
import { useDragToSide } from './drag';
import { NoClocks } from './NoClocks';
import { TopClock } from './TopClock';

export type SidebarProps = {
  order: OrderView | null;
  /** The page is an order page but no order could be read from it. */
  unreadable: boolean;
  /** What the page in front of the buyer says of the order's status (it may differ from the stage kept). */
  pageSays?: string;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  showMe: (labels: string[]) => boolean;
  /** The page shows a button the guard watches (confirm receipt). */
  confirmOnPage?: boolean;
  /** A guarded button was pressed: the question to ask, or what to do now that the buyer agreed. */
  question?: GuardQuestion | null;
  /** Where the pressed button is: the question is asked there, over the dimmed page. */
  anchor?: Anchor | null;
  pressAgain?: string | null;
  onAnswer?: (proceed: boolean) => void;
  onNotes?: (patch: Partial<Notes>) => void;
  /** The page's outline for a bug report, when it could not be read. */
  outline?: () => string;
  /** The edge of the page the panel and its pill keep to (right until the buyer moves it). */
  side?: Side;
  /** The buyer moved the sidebar: the header's button, or the header or the pill dragged. */
  onSide?: (side: Side) => void;
  t: Translate;
  locale: string;
  clock?: () => number;
};

const ACTORS: readonly Actor[] = ['buyer', 'seller', 'platform'];

type ListProps = { order: OrderView; timers: Timer[]; now: number; t: Translate; locale: string };

/** Clocks other than the leading one, each with its line, its source and its "Why this deadline". */
function TimerList({ order, timers, now, t, locale }: ListProps) {
  return (
    <ol class="timers">
      {timers.map((tm) => (
        <TimerItem key={tm.ruleId} timer={tm} note={order.rules[tm.ruleId]} pageClocks={order.pageClocks} now={now} t={t} locale={locale}
          marketplace={order.marketplace} />
      ))}
    </ol>
  );
}

function Others({ order, timers, now, t, locale }: ListProps) {
  if (!timers.length) return null;
  return (
    <section class="others" aria-labelledby="bc-others">
      <h3 id="bc-others">{t('ui_other_clocks')}</h3>
      {ACTORS.map((actor) => {
        const mine = timers.filter((tm) => tm.actor === actor);
        return mine.length ? (
          <div class="group" key={actor}>
            <h4><ActorIcon actor={actor} /> {t(keyFor('actor', actor))}</h4>
            <TimerList order={order} timers={mine} now={now} t={t} locale={locale} />
          </div>
        ) : null;
      })}
    </section>
  );
}

export function Sidebar(props: SidebarProps) {
  const { order, question, anchor, onAnswer, t } = props;
  const popover = question && anchor && onAnswer && order
    ? <GuardPopover question={question} order={order} anchor={anchor} onAnswer={onAnswer} t={t} /> : null;
  return <>{popover}<Body {...props} anchor={popover ? anchor : null} /></>;
}

/** The arrow of the move button, pointing where the panel will go. */
function MoveIcon({ to }: { to: Side }) {
  return (
    <svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={to === 'left' ? 'M2 2h2v12H2V2Zm4 6 5-5v3h3v4h-3v3L6 8Z' : 'M12 2h2v12h-2V2ZM10 8 5 13v-3H2V6h3V3l5 5Z'} fill="currentColor" />
    </svg>
  );
}

function Body(props: SidebarProps) {
  const { order, unreadable, collapsed, onCollapse, showMe, t, locale, clock, side = 'right', onSide } = props;
  const now = useNow(1000, clock);
  const panel = useRef<HTMLElement | null>(null);
  const { wasDrag, ...drag } = useDragToSide(panel, (to) => to !== side && onSide?.(to));
  const other: Side = side === 'right' ? 'left' : 'right';
  const timers = order?.assessment.timers ?? [];
  const top = order ? urgentTimer(order, now) : undefined;
  if (collapsed) {
    const left = top ? timeLeft(top, order?.pageClocks, now) : 0;
    const paused = !top && order && noClockState(order) === 'paused';
    const says = top ? `${left < 0 ? t('overdue') : formatSpan(left, t)} · ${t(keyFor('actor', top.actor))}` : paused ? t('ui_paused_short') : t('sidebarLabel');
    const guard = order?.guard && props.confirmOnPage ? t('ui_pill_guard') : null;
    // The name starts with what the pill shows, then says what pressing it does.
    return (
      <button type="button" class={`tab${top ? ` urg-${urgencyOf(left)}` : ''}${onSide ? ' draggable' : ''}`} aria-expanded="false"
        aria-label={`${says}${guard ? ` ${guard}` : ''} — ${t('show')}`} ref={panel as RefObject<HTMLButtonElement>}
        onClick={(e) => (!wasDrag() || e.detail === 0) && onCollapse(false)} {...(onSide ? drag : {})}>
        {top && <ActorIcon actor={top.actor} />} {says}
        {guard && <>{' '}<span class="pill-guard">{guard}</span></>}
      </button>
    );
  }
  const rest = timers.filter((tm) => tm !== top);
  const running = rest.filter((tm) => isoToMs(tm.endsAt) >= now);
  const past = rest.filter((tm) => isoToMs(tm.endsAt) < now);
  return (
    <aside class="panel" aria-label={t('sidebarLabel')} ref={panel}>
      {/* Dragged by the header to either edge; the move button does it without dragging. Only the
          buyer's own presses count (isTrusted): the page cannot move or hide us. */}
      <header class={onSide ? 'draggable' : undefined} {...(onSide ? drag : {})}>
        <h2 tabIndex={-1}>{t('sidebarLabel')}</h2>
        <span class="header-actions">
          {onSide && (
            <button type="button" class="move" aria-label={t(other === 'left' ? 'ui_move_left' : 'ui_move_right')}
              title={t(other === 'left' ? 'ui_move_left' : 'ui_move_right')} onClick={(e) => e.isTrusted && onSide(other)}>
              <MoveIcon to={other} />
            </button>
          )}
          <button type="button" class="collapse" aria-expanded="true" onClick={(e) => e.isTrusted && onCollapse(true)}>{t('hide')}</button>
        </span>
      </header>
      {unreadable || !order ? (
        <Unreadable t={t} outline={props.outline} />
      ) : (
        <>
          {props.question && !props.anchor && props.onAnswer && <GuardDialog question={props.question} onAnswer={props.onAnswer} t={t} />}
          {props.pressAgain && <p class="press-again" role="status">{t('guard_press_again', props.pressAgain)}</p>}
          {order.guard && props.confirmOnPage && <GuardWarning reason={order.guard.reason} t={t} />}
          {top && <TopClock order={order} timer={top} now={now} t={t} locale={locale} showMe={showMe} />}
          <PausedClocks paused={order.assessment.paused} t={t} />
          {!top && noClockState(order) !== 'paused' && <NoClocks order={order} now={now} t={t} locale={locale} />}
          <GuidePath assessment={order.assessment} t={t} />
          <Others order={order} timers={running} now={now} t={t} locale={locale} />
          {past.length > 0 && (
            <details class="past">
              <summary>{t('ui_past', past.length)}</summary>
              <TimerList order={order} timers={past} now={now} t={t} locale={locale} />
            </details>
          )}
          <p class="stage">{t(keyFor('stage', order.stage))}</p>
          {order.title && <p class="order-title">{order.title}</p>}
          <p class="page-says">{t('pageSays', props.pageSays ?? order.statusText)}</p>
          {props.onNotes && (
            <BuyerNotes notes={order.buyer} showEvidence={order.refundOpen || order.buyer.problem} onChange={props.onNotes} t={t} />
          )}
        </>
      )}
    </aside>
  );
}
