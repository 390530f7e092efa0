// "Add an order by hand": marketplace, stage, the event that started the clock and when, and optionally
// an order number, a note and a link. The worker stores it and the engine assesses it like a read order.
import { useState } from 'preact/hooks';
import { MARKETPLACES } from '../rules/vocabulary';
import type { EventName, Marketplace, Stage } from '../rules/model';
import type { ManualInput } from '../lib/manual';
import { keyFor, type Translate } from '../lib/i18n';
import { CAINIAO, PLATFORM_ZONE, eventsFor, stagesFor, typedInstant } from './manual-form';
import { assess } from '../rules/engine';
import { formatDeadline } from './format';
import { timerSentence } from './sentences';

/** What the order will show once saved: the engine's own answer for what was typed so far. */
function Preview({ marketplace, stage, event, at, t }: { marketplace: Marketplace; stage: Stage; event: EventName; at: string | null; t: Translate }) {
  if (!at) return null;
  const now = Date.now();
  const { timers } = assess({ marketplace, orderId: 'preview', stage, statusText: '', events: { [event]: at }, pageClocks: [], buttons: [] }, new Date(now));
  const timer = timers[0];
  return (
    <p class="preview" role="status">
      {timer ? t('ui_add_preview', timerSentence(timer, now, t), formatDeadline(timer.endsAt, navigator.language, t)) : t('ui_add_preview_none')}
    </p>
  );
}

/** zone: the buyer's own; kept for callers, the typed time is read in the platform's zone. */
type Props = { t: Translate; zone?: string; onSave: (input: ManualInput) => Promise<boolean>; onCancel: () => void };

export function AddOrderForm({ t, onSave, onCancel }: Props) {
  const [marketplace, setMarketplace] = useState<Marketplace>('kuaishou');
  const [stage, setStage] = useState<Stage>(stagesFor('kuaishou')[0]!);
  const [event, setEvent] = useState<EventName>(eventsFor('kuaishou', stagesFor('kuaishou')[0]!)[0]!);
  const [failed, setFailed] = useState(false);
  const [typed, setTyped] = useState({ date: '', time: '' });
  const cainiao = marketplace === 'cainiao';
  const events = eventsFor(marketplace, stage);

  const pickMarketplace = (m: Marketplace) => {
    const s = stagesFor(m)[0]!;
    setMarketplace(m);
    setStage(s);
    setEvent(eventsFor(m, s)[0]!);
  };
  const pickStage = (s: Stage) => {
    setStage(s);
    setEvent(eventsFor(marketplace, s)[0]!);
  };

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    // The time as the app or marketplace shows it, in its own zone (said beside the fields).
    const at = typedInstant(text('date'), text('time'), PLATFORM_ZONE[marketplace]);
    const input: ManualInput | null = at ? {
      marketplace, stage: cainiao ? CAINIAO.stage : stage, event: cainiao ? CAINIAO.event : event, at,
      ...(text('orderId') ? { orderId: text('orderId') } : {}),
      ...(text('note') ? { note: text('note') } : {}),
      ...(text('link') ? { link: text('link') } : {}),
    } : null;
    setFailed(!(input && (await onSave(input))));
  }

  return (
    <form class="add-order" onSubmit={(e) => void submit(e)} aria-labelledby="bc-add-title">
      <h1 id="bc-add-title">{t('add_title')}</h1>
      <label>{t('add_marketplace')}
        <select name="marketplace" autoFocus value={marketplace} onChange={(e) => pickMarketplace(e.currentTarget.value as Marketplace)}>
          {MARKETPLACES.map((m) => <option key={m} value={m}>{m === 'cainiao' ? t('ui_add_cainiao_choice') : t(keyFor('market', m))}</option>)}
        </select>
      </label>
      {cainiao ? <p class="hint">{t('add_cainiao_hint')}</p> : (
        <>
          <label>{t('add_stage')}
            <select name="stage" value={stage} onChange={(e) => pickStage(e.currentTarget.value as Stage)}>
              {stagesFor(marketplace).map((s) => <option key={s} value={s}>{t(keyFor('stage', s))}</option>)}
            </select>
          </label>
          <label>{t('add_event')}
            <select name="event" value={event} onChange={(e) => setEvent(e.currentTarget.value as EventName)}>
              {events.map((ev) => <option key={ev} value={ev}>{t(keyFor('event', ev))}</option>)}
            </select>
          </label>
        </>
      )}
      <div class="when">
        {/* The question in the buyer's words ("When did it arrive?"), for the moment picked above. */}
        <label>{t(keyFor('ask', cainiao ? CAINIAO.event : event))}<input type="date" name="date" required onInput={(e) => setTyped({ ...typed, date: e.currentTarget.value })} /></label>
        <label>{t('add_time')}<input type="time" name="time" aria-describedby="bc-add-zone" onInput={(e) => setTyped({ ...typed, time: e.currentTarget.value })} /></label>
        <p class="hint" id="bc-add-zone">{t(PLATFORM_ZONE[marketplace] === 'Asia/Shanghai' ? 'add_zone_beijing' : 'add_zone_pacific')}</p>
      </div>
      {!cainiao && <Preview marketplace={marketplace} stage={stage} event={event} at={typedInstant(typed.date, typed.time, PLATFORM_ZONE[marketplace])} t={t} />}
      <label>{t('add_order_id')}<input type="text" name="orderId" maxLength={64} /></label>
      <label>{t('add_note')}<input type="text" name="note" maxLength={500} /></label>
      <label>{t('add_link')}<input type="url" name="link" maxLength={2000} /></label>
      {failed && <p role="alert" class="error">{t('add_failed')}</p>}
      <div class="actions">
        <button type="submit">{t('add_save')}</button>
        <button type="button" onClick={onCancel}>{t('add_cancel')}</button>
      </div>
    </form>
  );
}
