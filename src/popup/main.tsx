import { render } from 'preact';
import browser from '../lib/browser';
import type { ListOrdersReply, OrderReply, OrderView, StoreHealth } from '../lib/messages';
import type { PreviewReply } from '../lib/page-messages';
import { download, stamped } from '../ui/download';
import { ask, startPage } from '../ui/extension-page';
import css from './popup.css?inline';
import { Popup } from './Popup';

const { t, locale } = await startPage(css, 'extName');
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const app = document.getElementById('app')!;
let orders: OrderView[] = [];
let health: StoreHealth | undefined;

async function reload() {
  const reply = await ask<ListOrdersReply>({ type: 'list-orders' });
  orders = reply?.orders ?? [];
  health = reply?.health;
  paint();
}

/** The set-aside copies, as a file on the download shelf; the keys saved, so only those get deleted. */
async function saveSetAside(): Promise<string[] | null> {
  const reply = await ask<{ ok: true; data: { items: Record<string, unknown> } }>({ type: 'export-set-aside' });
  if (!reply) return null;
  download(JSON.stringify(reply.data, null, 2), stamped('buyer-clock-set-aside', 'json', new Date()), 'application/json');
  return Object.keys(reply.data.items);
}

function paint() {
  render(
    <Popup
      orders={orders} health={health} t={t} locale={locale} zone={zone}
      onSaveSetAside={saveSetAside}
      onDiscardSetAside={async (keys) => {
        if (await ask({ type: 'discard-set-aside', keys })) await reload();
      }}
      onAcknowledgeFull={async () => {
        if (await ask({ type: 'acknowledge-storage-full' })) await reload();
      }}
      onAdd={async (order) => {
        const reply = await ask<OrderReply>({ type: 'add-manual-order', order });
        if (reply) await reload();
        return !!reply;
      }}
      onPreview={(order) => ask<PreviewReply>({ type: 'preview-manual', order })}
      onChecklist={async (key, checklist) => {
        const reply = await ask<OrderReply>({ type: 'set-checklist', key, checklist });
        if (reply) orders = orders.map((o) => (o.key === key ? reply.order : o));
        paint();
      }}
      onEvidence={async (key, evidence) => {
        const reply = await ask<OrderReply>({ type: 'set-manual-evidence', key, evidence });
        if (reply) orders = orders.map((o) => (o.key === key ? reply.order : o));
        paint();
      }}
      onRemove={async (key) => {
        if (await ask({ type: 'remove-manual-order', key })) await reload();
      }}
      onSettings={() => void browser.runtime.openOptionsPage()}
    />,
    app,
  );
}

await reload();
