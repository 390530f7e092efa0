import { render } from 'preact';
import type { ListOrdersReply } from '../lib/messages';
import type { ImportResult, SettingsReply } from '../lib/page-messages';
import type { SettingsRecord } from '../lib/settings';
import { applyTheme, ask, startPage } from '../ui/extension-page';
import css from '../popup/popup.css?inline';
import extra from './options.css?inline';
import { buildCsv } from './csv';
import { download, stamped } from '../ui/download';
import { buildIcs } from './ics';
import { importText } from './import';
import { Options } from './Options';

const start = await startPage(css + extra, 'options_title');
const { t } = start;
let settings = start.settings;
let saved = false;
const app = document.getElementById('app')!;

const orders = async () => (await ask<ListOrdersReply>({ type: 'list-orders' }))?.orders ?? [];

async function change(next: SettingsRecord) {
  const languageChanged = next.language !== settings.language;
  const { schema: _schema, ...fields } = next;
  const reply = await ask<SettingsReply>({ type: 'set-settings', settings: fields });
  if (reply) settings = reply.settings;
  saved = !!reply;
  applyTheme(settings.theme);
  // The page's words come from the chosen language: start again in it.
  if (reply && languageChanged) location.reload();
  else paint();
}

const data = {
  async exportJson() {
    const reply = await ask<{ ok: true; data: unknown }>({ type: 'export-data' });
    if (reply) download(JSON.stringify(reply.data, null, 2), stamped('buyer-clock', 'json', new Date()), 'application/json');
  },
  async exportCsv() {
    download(buildCsv(await orders(), Date.now()), stamped('buyer-clock', 'csv', new Date()), 'text/csv;charset=utf-8');
  },
  async exportIcs() {
    download(buildIcs(await orders(), Date.now(), t, settings.leadMinutes), stamped('buyer-clock', 'ics', new Date()), 'text/calendar;charset=utf-8');
  },
  importFile: (text: string) => importText(text, async (batchOrders, manual) =>
    (await ask<{ ok: true; result: ImportResult }>({ type: 'import-data', orders: batchOrders, manual }))?.result ?? null),
  async deleteAll() {
    return !!(await ask({ type: 'delete-all', confirmed: true }));
  },
  async deleteMarketplace(marketplace: string) {
    return (await ask<{ ok: true; deleted: number }>({ type: 'delete-marketplace', marketplace, confirmed: true }))?.deleted ?? null;
  },
};

function paint() {
  render(<Options settings={settings} saved={saved} onChange={(next) => void change(next)} data={data} t={t} />, app);
}
paint();
