// "Add an order by hand": marketplace, stage, the event that started the clock and when, and optionally
// an order number, a note and a link. The worker stores it and the engine assesses it like a read order;
// what to offer and the deadline it will create are the worker's answers too (preview-manual).
import { useEffect, useState } from 'preact/hooks';
import { MARKETPLACES } from '../rules/vocabulary';
import type { EventName, Marketplace, Stage } from '../rules/model';
import type { ManualInput } from '../lib/manual';
import type { PreviewQuery, PreviewReply } from '../lib/page-messages';
import { keyFor, localeOf, type Translate } from '../lib/i18n';
import { CAINIAO, typedInstant } from './manual-form';
import { PLATFORM_ZONE } from '../lib/time';
import { formatDeadline } from './format';
import { timerSentence } from './sentences';
import { urgentTimer } from './urgent';

/** What the order will show once saved: the worker's own answer for what was typed so far. */
function Preview({ answer, t }: { answer: PreviewReply; t: Translate }) {
  if (!answer.order) return null;
  const now = Date.now();
  const timer = urgentTimer(answer.order, now);
  return (
    <p class="preview" role="status">
      {timer ? t('ui_add_preview', timerSentence(timer, now, t), formatDeadline(timer.endsAt, localeOf(t), t)) : t('ui_add_preview_none')}
    </p>
  );
}

/** The typed time is read in the platform's zone (lib/time's PLATFORM_ZONE), never the buyer's. */
type Props = {
  t: Translate; onSave: (input: ManualInput) => Promise<boolean>; onCancel: () => void;
  /** Asks the worker what to offer and what the order would be (null when it does not answer). */
  onPreview: (query: PreviewQuery) => Promise<PreviewReply | null>;
};

type Picked = { marketplace: Marketplace; stage?: Stage; event?: EventName };

export function AddOrderForm({ t, onSave, onCancel, onPreview }: Props) {
  const [picked, setPicked] = useState<Picked>({ marketplace: 'kuaishou' });
  const [answer, setAnswer] = useState<PreviewReply | null>(null);
  const [failed, setFailed] = useState(false);
  const [typed, setTyped] = useState({ date: '', time: '' });
  const { marketplace } = picked;
  const cainiao = marketplace === 'cainiao';
  const at = typedInstant(typed.date, typed.time, PLATFORM_ZONE[marketplace]);

  useEffect(() => {
    let current = true;
    void onPreview({ ...picked, ...(at ? { at } : {}) }).then((reply) => { if (current) setAnswer(reply); });
    return () => { current = false; };
  }, [picked.marketplace, picked.stage, picked.event, at]);

  // The worker's answer for another marketplace than the one now picked is not shown.
  const shown = answer && (!answer.order || answer.order.marketplace === marketplace) ? answer : null;
  const stage = shown?.stage;
  const event = shown?.event;

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    // The time as the app or marketplace shows it, in its own zone (said beside the fields).
    const when = typedInstant(text('date'), text('time'), PLATFORM_ZONE[marketplace]);
    const moment = cainiao ? CAINIAO : stage && event ? { stage, event } : null;
    const input: ManualInput | null = when && moment ? {
      marketplace, stage: moment.stage, event: moment.event, at: when,
      ...(text('orderId') ? { orderId: text('orderId') } : {}),
      ...(text('note') ? { note: text('note') } : {}),
      ...(text('link') ? { link: text('link') } : {}),
    } : null;
    setFailed(!(input && (await onSave(input))));
  }

  const asked = cainiao ? CAINIAO.event : event;
  return (
    <form class="add-order" onSubmit={(e) => void submit(e)} aria-labelledby="bc-add-title">
      <h1 id="bc-add-title">{t('add_title')}</h1>
      <label>{t('add_marketplace')}
        <select name="marketplace" autoFocus value={marketplace} onChange={(e) => setPicked({ marketplace: e.currentTarget.value as Marketplace })}>
          {MARKETPLACES.map((m) => <option key={m} value={m}>{m === 'cainiao' ? t('ui_add_cainiao_choice') : t(keyFor('market', m))}</option>)}
        </select>
      </label>
      {cainiao ? <p class="hint">{t('add_cainiao_hint')}</p> : shown && (
        <>
          <label>{t('add_stage')}
            <select name="stage" value={stage} onChange={(e) => setPicked({ marketplace, stage: e.currentTarget.value as Stage })}>
              {shown.stages.map((s) => <option key={s} value={s}>{t(keyFor('stage', s))}</option>)}
            </select>
          </label>
          <label>{t('add_event')}
            <select name="event" value={event} onChange={(e) => setPicked({ marketplace, stage, event: e.currentTarget.value as EventName })}>
              {shown.events.map((ev) => <option key={ev} value={ev}>{t(keyFor('event', ev))}</option>)}
            </select>
          </label>
        </>
      )}
      {asked && (
        <div class="when">
          {/* The question in the buyer's words ("When did it arrive?"), for the moment picked above. */}
          <label>{t(keyFor('ask', asked))}<input type="date" name="date" required onInput={(e) => setTyped({ ...typed, date: e.currentTarget.value })} /></label>
          <label>{t('add_time')}<input type="time" name="time" aria-describedby="bc-add-zone" onInput={(e) => setTyped({ ...typed, time: e.currentTarget.value })} /></label>
          <p class="hint" id="bc-add-zone">{t(PLATFORM_ZONE[marketplace] === 'Asia/Shanghai' ? 'add_zone_beijing' : 'add_zone_pacific')}</p>
        </div>
      )}
      {!cainiao && shown && <Preview answer={shown} t={t} />}
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
