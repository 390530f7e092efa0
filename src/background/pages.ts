// What the extension's own pages may ask of the worker. The router has already validated the message
// and checked that it comes from an extension page; this only acts.
import type { PageMessage, SettingsReply } from '../lib/page-messages';
import type { OrderView } from '../lib/messages';
import type { KeyValueArea } from '../lib/storage';
import type { ManualStore } from './manual-store';
import type { SettingsStore } from './settings-store';
import type { Store } from './store';
import type { Strings } from './strings';
import { manualView, previewManual } from './tracked';
import { deleteAll, deleteMarketplace, exportData, importBatch } from './transfer';
import { msToIso } from '../lib/time';

/** The file the popup saves set-aside copies to: raw, as they were found, for the buyer or a bug report. */
export const SET_ASIDE_FORMAT = 'buyer-clock-set-aside';

export type PageDeps = {
  /** The order store: its write queue, and the copies it set aside. */
  store: Pick<Store, 'exclusive' | 'quarantined' | 'discardQuarantined' | 'acknowledgeFull'>;
  settings: SettingsStore;
  manual: ManualStore;
  strings: (lang: SettingsReply['settings']['language']) => Promise<Strings>;
  local: KeyValueArea;
  sync: KeyValueArea;
  now: () => Date;
};

type Reply = Promise<{ ok: true; [k: string]: unknown } | { ok: false; error: string }>;

export function createPageHandlers(deps: PageDeps) {
  // Every write of the buyer's data waits its turn behind the pages' reads (store.ts's one queue).
  const write = deps.store.exclusive;
  const view = (order: OrderView | null) => (order ? { ok: true as const, order } : { ok: false as const, error: 'no such order' });
  return async function handle(message: PageMessage): Reply {
    switch (message.type) {
      case 'get-settings': {
        const settings = await deps.settings.get();
        return { ok: true, settings, strings: await deps.strings(settings.language) };
      }
      case 'set-settings': {
        const settings = await deps.settings.set(message.settings);
        return settings ? { ok: true, settings, strings: await deps.strings(settings.language) } : { ok: false, error: 'invalid settings' };
      }
      case 'add-manual-order': {
        const record = await write(() => deps.manual.add(message.order));
        return view(record && manualView(record, deps.now()));
      }
      case 'set-checklist': {
        const record = await write(() => deps.manual.setChecklist(message.key, message.checklist));
        return view(record && manualView(record, deps.now()));
      }
      case 'preview-manual':
        return previewManual(message.order, deps.now());
      case 'set-manual-evidence': {
        const record = await write(() => deps.manual.setEvidence(message.key, message.evidence));
        return view(record && manualView(record, deps.now()));
      }
      case 'remove-manual-order':
        return (await write(() => deps.manual.remove(message.key))) ? { ok: true } : { ok: false, error: 'no such order' };
      case 'export-data':
        return { ok: true, data: await exportData(deps.local, deps.now()) };
      case 'import-data':
        return { ok: true, result: await write(() => importBatch(deps.local, message.orders, message.manual)) };
      case 'delete-all':
        await write(() => deleteAll(deps.local, deps.sync));
        return { ok: true };
      case 'delete-marketplace':
        return { ok: true, deleted: await write(() => deleteMarketplace(deps.local, message.marketplace)) };
      case 'export-set-aside':
        return { ok: true, data: { format: SET_ASIDE_FORMAT, exportedAt: msToIso(deps.now().getTime()), items: await deps.store.quarantined() } };
      case 'discard-set-aside':
        return { ok: true, removed: await deps.store.discardQuarantined(message.keys) };
      case 'acknowledge-storage-full':
        await deps.store.acknowledgeFull();
        return { ok: true };
    }
  };
}
