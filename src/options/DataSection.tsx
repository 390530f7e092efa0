// The buyer's data: exports (JSON, CSV, calendar), a validated import that merges, and delete all.
import { useState } from 'preact/hooks';
import type { ImportResult } from '../lib/page-messages';
import { keyFor, plural, type Translate } from '../lib/i18n';

export type DataActions = {
  exportJson: () => Promise<void>;
  exportCsv: () => Promise<void>;
  exportIcs: () => Promise<void>;
  importFile: (text: string) => Promise<ImportResult | 'not-an-export'>;
  deleteAll: () => Promise<boolean>;
};

export function DataSection({ actions, t }: { actions: DataActions; t: Translate }) {
  const [result, setResult] = useState<ImportResult | 'not-an-export' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);

  async function pick(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) setResult(await actions.importFile(await file.text()));
  }

  return (
    <section aria-labelledby="bc-data">
      <h2 id="bc-data">{t('opt_data')}</h2>
      <div class="actions wrap">
        <button type="button" data-export="json" onClick={() => void actions.exportJson()}>{t('opt_export_json')}</button>
        <button type="button" data-export="csv" onClick={() => void actions.exportCsv()}>{t('opt_export_csv')}</button>
        <button type="button" data-export="ics" onClick={() => void actions.exportIcs()}>{t('opt_export_ics')}</button>
      </div>
      <label class="import">{t('opt_import')}<input type="file" name="import" accept="application/json,.json" onChange={(e) => void pick(e)} /></label>
      <div role="status" class="import-result">
        {result === 'not-an-export' && <p class="error">{t('reject_not_export')}</p>}
        {result && result !== 'not-an-export' && (
          <>
            <p>{t('opt_import_result', result.added, result.updated, result.unchanged)}</p>
            {result.rejected.length > 0 && (
              <>
                <p>{plural(t, 'opt_import_rejected', result.rejected.length)}</p>
                <ul>{result.rejected.map((r) => <li key={r.item}>{r.item}: {t(keyFor('reject', r.reason))}</li>)}</ul>
              </>
            )}
          </>
        )}
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="bc-delete-q" class="confirm">
          <p id="bc-delete-q">{t('opt_delete_confirm')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={async () => { setDeleted(await actions.deleteAll()); setConfirming(false); }}>{t('opt_delete_yes')}</button>
            <button type="button" onClick={() => setConfirming(false)} autoFocus>{t('opt_delete_no')}</button>
          </div>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => { setDeleted(false); setConfirming(true); }}>{t('opt_delete')}</button>
      )}
      {deleted && <p role="status">{t('opt_deleted')}</p>}
    </section>
  );
}
