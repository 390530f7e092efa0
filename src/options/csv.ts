// All orders as CSV for a spreadsheet. Order ids stay text (a long number would otherwise turn into
// 8.19E+15), and no cell can start a formula (CSV injection).
import type { OrderView } from '../lib/messages';
import { urgentTimer } from '../rules/urgency';

const COLUMNS = ['marketplace', 'order_id', 'title', 'stage', 'status', 'next_deadline', 'who_acts', 'clock', 'tracked', 'url'];

/**
 * What a spreadsheet may take for the start of a formula: = + - @ and their full-width forms (some
 * spreadsheets fold those to ASCII), and a leading tab, CR or LF (Excel skips those before looking).
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Every cell quoted: a spreadsheet set to a language whose list separator is ";" (Polish, German,
 * Russian) splits unquoted text on it, and the piece after it would start a cell of its own.
 */
function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * Digits only, so ="…" is a constant the spreadsheet shows as text, never a formula of the page's;
 * quoted like every other cell.
 */
const textId = (id: string) => (/^\d+$/.test(id) ? `"=""${id}"""` : cell(id));

export function buildCsv(orders: OrderView[], now: number): string {
  const rows = orders.map((o) => {
    const next = urgentTimer(o.assessment, now);
    return [
      cell(o.marketplace), textId(o.orderId), cell(o.title ?? ''), cell(o.stage), cell(o.statusText),
      cell(next?.endsAt ?? ''), cell(next?.actor ?? ''), cell(next?.clock ?? ''), cell(o.manual ? 'by-hand' : 'read'), cell(o.url ?? ''),
    ].join(',');
  });
  // A byte-order mark, so spreadsheet programs read Chinese titles as UTF-8.
  return '\uFEFF' + [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
