// The buyer's data: exports (JSON, CSV, calendar), a validated import that merges, and delete all.
import { useState } from 'preact/hooks';
import { keyFor, plural, type Translate } from '../lib/i18n';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS, MAX_IMPORT_MB } from '../lib/transfer-limits';
import type { ImportOutcome } from './import';
import type { Marketplace } from '../rules/model';

export type DataActions = {
  exportJson: () => Promise<void>;
  exportCsv: () => Promise<void>;
  exportIcs: () => Promise<void>;
  importFile: (text: string) => Promise<ImportOutcome>;
  deleteAll: () => Promise<boolean>;
  /** How many orders went; null when the worker did not answer. */
  deleteMarketplace: (marketplace: Marketplace) => Promise<number | null>;
};

/** The marketplaces whose pages are read: the ones a page could have filled. */
const READ_MARKETPLACES: readonly Marketplace[] = ['aliexpress', 'taobao', 'tmall', '1688'];

export function DataSection({ actions, t }: { actions: DataActions; t: Translate }) {
  const count = (n: number) => new Intl.NumberFormat(t('locale')).format(n);
  const [result, setResult] = useState<ImportOutcome | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const [market, setMarket] = useState<Marketplace>('aliexpress');
  const [confirmingMarket, setConfirmingMarket] = useState(false);
  const [deletedMarket, setDeletedMarket] = useState<number | null>(null);

  async function pick(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    // An oversized file is not even read.
    if (file) setResult(file.size > MAX_IMPORT_BYTES ? 'too-large' : await actions.importFile(await file.text()));
  }

  return (
    <section aria-labelledby="bc-data">
      <h2 id="bc-data">{t('opt_data')}</h2>
      <div class="actions wrap">
        <button type="button" data-export="json" onClick={() => void actions.exportJson()}>{t('opt_export_json')}</button>
        <button type="button" data-export="csv" onClick={() => void actions.exportCsv()}>{t('opt_export_csv')}</button>
        <button type="button" data-export="ics" onClick={() => void actions.exportIcs()}>{t('opt_export_ics')}</button>
      </div>
      <label class="import">
        {t('opt_import')}
        <input type="file" name="import" accept="application/json,.json" aria-describedby="bc-import-limits" onChange={(e) => void pick(e)} />
      </label>
      <p id="bc-import-limits" class="hint">{t('opt_import_limits', count(MAX_IMPORT_MB), count(MAX_IMPORT_ITEMS))}</p>
      <div role="status" class="import-result">
        {result === 'not-an-export' && <p class="error">{t('reject_not_export')}</p>}
        {result === 'too-large' && <p class="error">{t('reject_too_large', count(MAX_IMPORT_MB), count(MAX_IMPORT_ITEMS))}</p>}
        {result && typeof result === 'object' && (
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
      <div class="actions wrap">
        <select name="delete-market" aria-label={t('opt_delete_market')} value={market}
          onChange={(e) => { setMarket((e.currentTarget as HTMLSelectElement).value as Marketplace); setDeletedMarket(null); }}>
          {READ_MARKETPLACES.map((m) => <option key={m} value={m}>{t(keyFor('market', m))}</option>)}
        </select>
        {!confirmingMarket && (
          <button type="button" class="danger" onClick={() => { setDeletedMarket(null); setConfirmingMarket(true); }}>{t('opt_delete_market')}</button>
        )}
      </div>
      {confirmingMarket && (
        <div role="alertdialog" aria-labelledby="bc-delete-market-q" class="confirm">
          <p id="bc-delete-market-q">{t('opt_delete_market_confirm', t(keyFor('market', market)))}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={async () => { setDeletedMarket(await actions.deleteMarketplace(market)); setConfirmingMarket(false); }}>{t('opt_delete_market')}</button>
            <button type="button" onClick={() => setConfirmingMarket(false)} autoFocus>{t('opt_delete_no')}</button>
          </div>
        </div>
      )}
      {deletedMarket !== null && <p role="status">{t('opt_deleted_market', count(deletedMarket))}</p>}
    </section>
  );
}
