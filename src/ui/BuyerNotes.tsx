// What the buyer records about an order: "I have a problem", and the evidence kept while a refund or
// dispute is open. Kept with the order in the worker's store.
import type { BuyerNotes as Notes } from '../lib/storage';
import { EVIDENCE_IDS, type EvidenceId } from '../lib/evidence';
import { keyFor, type Translate } from '../lib/i18n';

type Props = { notes: Notes; showEvidence: boolean; onChange: (patch: Partial<Notes>) => void; t: Translate };

export function BuyerNotes({ notes, showEvidence, onChange, t }: Props) {
  const toggle = (id: EvidenceId, on: boolean) =>
    onChange({ evidence: on ? [...notes.evidence, id] : notes.evidence.filter((e) => e !== id) });
  return (
    <>
      <label class="problem">
        <input type="checkbox" checked={notes.problem} onChange={(e) => onChange({ problem: e.currentTarget.checked })} />
        {t('problem_toggle')}
      </label>
      {showEvidence && (
        <fieldset class="evidence">
          <legend>{t('evidence_heading')}</legend>
          {EVIDENCE_IDS.map((id) => (
            <label key={id}>
              <input type="checkbox" name={id} checked={notes.evidence.includes(id)} onChange={(e) => toggle(id, e.currentTarget.checked)} />
              {t(keyFor('evidence', id))}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
