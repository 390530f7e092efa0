// The evidence to keep while a refund, return or dispute is open, as boxes the buyer ticks off: every
// kind for orders read off pages, the ones the marketplace's guide names for orders tracked by hand.
import type { EvidenceId } from '../lib/evidence';
import { keyFor, type Translate } from '../lib/i18n';

type Props = {
  items: readonly EvidenceId[]; done: readonly EvidenceId[]; onChange: (done: EvidenceId[]) => void; t: Translate;
  /** Makes the boxes' names unique where several orders show their lists on one page (the popup). */
  id?: string;
};

export function EvidenceChecklist({ items, done, onChange, t, id }: Props) {
  // Ticks keep the list's order, whatever order they were made in.
  const toggle = (item: EvidenceId, on: boolean) => onChange(items.filter((x) => (x === item ? on : done.includes(x))));
  return (
    <fieldset class="evidence">
      <legend>{t('evidence_heading')}</legend>
      {items.map((item) => (
        <label key={item}>
          <input type="checkbox" name={id ? `${id}-${item}` : item} checked={done.includes(item)}
            onChange={(e) => toggle(item, e.currentTarget.checked)} />
          {t(keyFor('evidence', item))}
        </label>
      ))}
    </fieldset>
  );
}
