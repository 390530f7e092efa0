// What the buyer records about an order: "I have a problem", and the evidence kept while a refund or
// dispute is open. Kept with the order in the worker's store.
import type { BuyerNotes as Notes } from '../lib/storage';
import { EVIDENCE_IDS } from '../lib/evidence';
import type { Translate } from '../lib/i18n';
import { EvidenceChecklist } from './EvidenceChecklist';

type Props = { notes: Notes; showEvidence: boolean; onChange: (patch: Partial<Notes>) => void; t: Translate };

export function BuyerNotes({ notes, showEvidence, onChange, t }: Props) {
  return (
    <>
      <label class="problem">
        <input type="checkbox" checked={notes.problem} onChange={(e) => onChange({ problem: e.currentTarget.checked })} />
        {t('problem_toggle')}
      </label>
      {showEvidence && <EvidenceChecklist items={EVIDENCE_IDS} done={notes.evidence} onChange={(evidence) => onChange({ evidence })} t={t} />}
    </>
  );
}
