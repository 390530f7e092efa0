// All orders as CSV for a spreadsheet. Order ids stay text (a long number would otherwise turn into
// 8.19E+15), and no cell can start a formula (CSV injection).
import type { OrderView } from '../lib/messages';
import { urgentTimer } from '../rules/urgency';

const COLUMNS = ['marketplace', 'order_id', 'title', 'stage', 'status', 'next_deadline', 'who_acts', 'clock', 'tracked', 'url'];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Digits only, so ="…" is a constant the spreadsheet shows as text, never a formula of the page's. */
const textId = (id: string) => (/^\d+$/.test(id) ? `="${id}"` : cell(id));

export function buildCsv(orders: OrderView[], now: number): string {
  const rows = orders.map((o) => {
    const next = urgentTimer(o.assessment, now);
    return [
      cell(o.marketplace), textId(o.orderId), cell(o.title ?? ''), cell(o.stage), cell(o.statusText),
      cell(next?.endsAt ?? ''), cell(next?.actor ?? ''), cell(next?.clock ?? ''), o.manual ? 'by-hand' : 'read', cell(o.url ?? ''),
    ].join(',');
  });
  // A byte-order mark, so spreadsheet programs read Chinese titles as UTF-8.
  return '\uFEFF' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
