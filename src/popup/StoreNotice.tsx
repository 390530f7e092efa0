// What the buyer must hear about the store itself, above the orders: copies set aside because they no
// longer read (never silently wiped: saved to a file first, deleted only after), and storage running full.
import { useState } from 'preact/hooks';
import type { StoreHealth } from '../lib/messages';
import type { Translate } from '../lib/i18n';

export type StoreActions = {
  /** Saves the set-aside copies to a file; resolves to the keys saved, or null when it failed. */
  onSaveSetAside: () => Promise<string[] | null>;
  onDiscardSetAside: (keys: string[]) => void;
  onAcknowledgeFull: () => void;
};

type Props = StoreActions & { health: StoreHealth; t: Translate; locale: string; zone: string };

export function StoreNotice({ health, t, locale, zone, onSaveSetAside, onDiscardSetAside, onAcknowledgeFull }: Props) {
  const [saved, setSaved] = useState<string[] | null>(null);
  const [failed, setFailed] = useState(false);
  const save = async () => {
    const keys = await onSaveSetAside();
    setFailed(keys === null);
    setSaved(keys);
  };
  const fullAt = health.storageFullAt && new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone })
    .format(new Date(health.storageFullAt));
  return (
    <>
      {health.quarantined > 0 && (
        <section class="notice" role="alert" aria-labelledby="bc-set-aside">
          <p id="bc-set-aside">{t('notice_set_aside', health.quarantined)}</p>
          <div class="actions">
            <button type="button" onClick={() => void save()}>{t('notice_set_aside_save')}</button>
            {saved && saved.length > 0 && (
              <button type="button" onClick={() => onDiscardSetAside(saved)}>{t('notice_set_aside_delete')}</button>
            )}
          </div>
          {failed && <p class="error">{t('notice_set_aside_failed')}</p>}
        </section>
      )}
      {fullAt && (
        <section class="notice" role="alert" aria-labelledby="bc-storage-full">
          <p id="bc-storage-full">{t('notice_storage_full', fullAt, health.archived)}</p>
          <button type="button" onClick={onAcknowledgeFull}>{t('notice_ok')}</button>
        </section>
      )}
    </>
  );
}
