// The red warning over the button that pays the seller, and the question asked when it is pressed.
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../lib/i18n';

export type GuardQuestion = { kind: 'confirm' | 'withdraw'; label: string };

export function GuardWarning({ reason, t }: { reason: 'refund-open' | 'buyer-problem'; t: Translate }) {
  return (
    <p class="guard-warning" role="alert">
      {t(reason === 'refund-open' ? 'guard_warning_refund' : 'guard_warning_problem')}
    </p>
  );
}

type AskProps = { question: GuardQuestion; onAnswer: (proceed: boolean) => void; t: Translate };

// Answers come from the buyer's own hand only (isTrusted): a script that reached these buttons could
// otherwise say yes for them.

export function GuardDialog({ question, onAnswer, t }: AskProps) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes the focus, so Enter or Space keeps the refund.
  useEffect(() => keep.current?.focus(), [question]);
  return (
    <div class="guard-dialog" role="alertdialog" aria-modal="true" aria-labelledby="bc-guard-text"
      onKeyDown={(e) => e.isTrusted && e.key === 'Escape' && onAnswer(false)}>
      <p id="bc-guard-text">{t(question.kind === 'confirm' ? 'guard_ask_confirm' : 'guard_ask_withdraw')}</p>
      <div class="guard-actions">
        <button type="button" ref={keep} class="guard-keep" onClick={(e) => e.isTrusted && onAnswer(false)}>{t('guard_keep')}</button>
        <button type="button" class="guard-proceed" onClick={(e) => e.isTrusted && onAnswer(true)}>{t('guard_proceed')}</button>
      </div>
    </div>
  );
}
