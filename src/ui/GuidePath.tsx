// What the buyer guides say at this stage: their steps in order (the next one first among them) and
// what to keep in mind. Steps a guide gives without a figure carry none here either.
import type { Assessment } from '../rules/model';
import { keyFor, type Translate } from '../lib/i18n';
import { nextSentence } from './sentences';

type Props = { assessment: Pick<Assessment, 'path' | 'notes'>; t: Translate };

export function GuidePath({ assessment, t }: Props) {
  const path = assessment.path ?? [];
  const notes = assessment.notes ?? [];
  if (!path.length && !notes.length) return null;
  return (
    <section class="guide">
      {path.length > 0 && (
        <>
          <h3>{t('path_heading')}</h3>
          <ol class="path">
            {path.map((step, i) => <li key={`${step.action}-${i}`} data-action={step.action}>{nextSentence(step, t)}</li>)}
          </ol>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h3>{t('notes_heading')}</h3>
          <ul class="notes">{notes.map((n) => <li key={n} data-note={n}>{t(keyFor('note', n))}</li>)}</ul>
        </>
      )}
    </section>
  );
}
