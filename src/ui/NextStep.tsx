import { useState } from 'preact/hooks';
import type { NextAction } from '../rules/model';
import type { Translate } from '../lib/i18n';
import { nextSentence } from './sentences';

type Props = { next: NextAction; t: Translate; showMe?: (labels: string[]) => boolean };

export function NextStep({ next, t, showMe }: Props) {
  const [missing, setMissing] = useState(false);
  return (
    <section class="next" aria-labelledby="bc-next-heading">
      <h3 id="bc-next-heading">{t('next_heading')}</h3>
      <p class="next-sentence">{nextSentence(next, t)}</p>
      {showMe && next.labels.length > 0 && (
        <button type="button" class="show-me" onClick={() => setMissing(!showMe(next.labels))}>
          {t('showMe')}
        </button>
      )}
      {missing && <p role="status" class="not-found">{t('buttonNotFound')}</p>}
    </section>
  );
}
