// The guard's question next to the finger: anchored at the button just pressed, over a dimmed page,
// titled with the order, saying what pressing does, with the safe answer first, filled and focused.
import { useEffect, useRef } from 'preact/hooks';
import type { OrderView } from '../lib/messages';
import type { Translate } from '../lib/i18n';
import type { GuardQuestion } from './Guard';

export type Anchor = { left: number; top: number; bottom: number; viewportHeight: number; viewportWidth: number };

type Props = {
  question: GuardQuestion; order: OrderView; anchor: Anchor; onAnswer: (proceed: boolean) => void; t: Translate;
};

const WIDTH = 340;

export function GuardPopover({ question, order, anchor, onAnswer, t }: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), [question]);
  const name = order.title ?? order.orderId;
  const refund = order.guard?.reason !== 'buyer-problem';
  const total = order.total ? `${order.total.currency === 'CNY' ? '¥' : `${order.total.currency} `}${order.total.amount}` : null;
  const says = question.kind === 'withdraw' ? t('guard_ask_withdraw')
    : total ? t('ui_guard_confirm_amount', total) : t('ui_guard_confirm_plain');
  // Below the button where there is room, else above it; never off the screen's edge.
  const below = anchor.viewportHeight - anchor.bottom > 220;
  const style = {
    left: `${Math.max(8, Math.min(anchor.left, anchor.viewportWidth - WIDTH - 8))}px`,
    ...(below ? { top: `${anchor.bottom + 10}px` } : { bottom: `${anchor.viewportHeight - anchor.top + 10}px` }),
  };
  // Answers come from the buyer's own hand only (isTrusted): a page script that reached these buttons
  // could otherwise say yes for the buyer.
  return (
    <>
      <div class="dim" onClick={(e) => e.isTrusted && onAnswer(false)} />
      <div class="guard-popover" role="alertdialog" aria-modal="true" aria-labelledby="bc-guard-title" aria-describedby="bc-guard-text"
        style={style} onKeyDown={(e) => e.isTrusted && e.key === 'Escape' && onAnswer(false)}>
        <h2 id="bc-guard-title">{t(refund ? 'ui_guard_title_refund' : 'ui_guard_title_problem', name)}</h2>
        <p id="bc-guard-text">{says}</p>
        <div class="guard-actions">
          <button type="button" ref={keep} class="guard-keep primary" onClick={(e) => e.isTrusted && onAnswer(false)}>
            {t(refund ? 'ui_guard_keep' : 'ui_guard_keep_problem')}
          </button>
          <button type="button" class="guard-proceed" onClick={(e) => e.isTrusted && onAnswer(true)}>
            {t(question.kind === 'withdraw' ? 'ui_guard_withdraw_anyway' : 'ui_guard_confirm_anyway')}
          </button>
        </div>
      </div>
    </>
  );
}
