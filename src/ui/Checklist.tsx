// The Cainiao refusal as a checklist the buyer ticks off: a station refusal starts no clock of its own.
import { CHECKLIST_IDS, type ChecklistId } from '../lib/manual-ids';
import { keyFor, type Translate } from '../lib/i18n';

type Props = { id: string; done: ChecklistId[]; onChange: (done: ChecklistId[]) => void; t: Translate };

export function Checklist({ id, done, onChange, t }: Props) {
  const toggle = (item: ChecklistId, on: boolean) =>
    onChange(CHECKLIST_IDS.filter((x) => (x === item ? on : done.includes(x))));
  return (
    <fieldset class="checklist">
      <legend>{t('checklist_heading')}</legend>
      {CHECKLIST_IDS.map((item) => (
        <label key={item}>
          <input type="checkbox" name={`${id}-${item}`} checked={done.includes(item)}
            onChange={(e) => toggle(item, e.currentTarget.checked)} />
          {t(keyFor('check', item))}
        </label>
      ))}
    </fieldset>
  );
}
