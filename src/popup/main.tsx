import { render } from 'preact';
import browser from '../lib/browser';
import type { ListOrdersReply, OrderReply, OrderView } from '../lib/messages';
import { ask, startPage } from '../ui/extension-page';
import css from './popup.css?inline';
import { Popup } from './Popup';

const { t, locale } = await startPage(css, 'extName');
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const app = document.getElementById('app')!;
let orders: OrderView[] = [];

async function reload() {
  orders = (await ask<ListOrdersReply>({ type: 'list-orders' }))?.orders ?? [];
  paint();
}

function paint() {
  render(
    <Popup
      orders={orders} t={t} locale={locale} zone={zone}
      onAdd={async (order) => {
        const reply = await ask<OrderReply>({ type: 'add-manual-order', order });
        if (reply) await reload();
        return !!reply;
      }}
      onChecklist={async (key, checklist) => {
        const reply = await ask<OrderReply>({ type: 'set-checklist', key, checklist });
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
