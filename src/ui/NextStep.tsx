import { useState } from 'preact/hooks';
import type { NextAction } from '../rules/model';
import type { Translate } from '../lib/i18n';
import { nextSentence } from './sentences';

type Props = { next: NextAction; t: Translate; showMe?: (labels: string[]) => boolean };

/** The next step in words, and the one filled button of the panel, naming the page's own button. */
export function NextStep({ next, t, showMe }: Props) {
  const [missing, setMissing] = useState(false);
  const label = next.labels[0];
  return (
    <div class="next">
      <p class="next-sentence">{nextSentence(next, t)}</p>
      {showMe && label && (
        <button type="button" class="show-me primary" onClick={() => setMissing(!showMe(next.labels))}>
          {t(next.action === 'extend-receipt' ? 'ui_show_me_extend' : 'ui_show_me_label', label)}
        </button>
      )}
      {next.action === 'confirm-receipt' && <p class="condition">{t('ui_confirm_after_arrival')}</p>}
      {missing && <p role="status" class="not-found">{t('buttonNotFound')}</p>}
    </div>
  );
}
