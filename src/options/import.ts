// Reading an export file back: the envelope is checked here, every item by the worker, in batches far
// below the router's message-size limit. The results of the batches add up to one answer, and a batch
// the worker did not save counts every one of its items as left out: the count shown is what was kept.
import type { ImportResult } from '../lib/page-messages';
import { EXPORT_FORMAT, IMPORT_BATCH, MAX_IMPORT_BYTES, MAX_IMPORT_ITEMS } from '../lib/transfer-limits';

type Send = (orders: unknown[], manual: unknown[]) => Promise<ImportResult | null>;

export type ImportOutcome = ImportResult | 'not-an-export' | 'too-large';

/** What an item is called in the answer: its place in the file, and its order number when it has one. */
const itemLabel = (raw: unknown, i: number, kind: 'order' | 'manual') => {
  const id = typeof raw === 'object' && raw && 'orderId' in raw ? String((raw as { orderId: unknown }).orderId).slice(0, 64) : '';
  return `${kind} #${i + 1}${id ? ` (${id})` : ''}`;
};

export async function importText(text: string, send: Send): Promise<ImportOutcome> {
  // A UTF-16 length is at most the UTF-8 one: checked first, so a huge file is never encoded.
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return 'too-large';
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return 'not-an-export';
  }
  const f = file as { format?: unknown; orders?: unknown; manual?: unknown };
  if (typeof file !== 'object' || !file || f.format !== EXPORT_FORMAT || !Array.isArray(f.orders)) return 'not-an-export';
  const orders: unknown[] = f.orders;
  const manual: unknown[] = Array.isArray(f.manual) ? f.manual : [];
  if (orders.length + manual.length > MAX_IMPORT_ITEMS) return 'too-large';
  const total: ImportResult = { added: 0, updated: 0, unchanged: 0, rejected: [] };
  for (let i = 0; i < Math.max(orders.length, manual.length); i += IMPORT_BATCH) {
    const batchOrders = orders.slice(i, i + IMPORT_BATCH);
    const batchManual = manual.slice(i, i + IMPORT_BATCH);
    const part = await send(batchOrders, batchManual);
    if (!part) {
      total.rejected.push(
        ...batchOrders.map((raw, j) => ({ item: itemLabel(raw, i + j, 'order'), reason: 'not-saved' as const })),
        ...batchManual.map((raw, j) => ({ item: itemLabel(raw, i + j, 'manual'), reason: 'not-saved' as const })),
      );
      continue;
    }
    // Positions in a batch are renumbered to positions in the file.
    const renumber = (item: string) => item.replace(/#(\d+)/, (_, n: string) => `#${Number(n) + i}`);
    total.added += part.added;
    total.updated += part.updated;
    total.unchanged += part.unchanged;
    total.rejected.push(...part.rejected.map((r) => ({ ...r, item: renumber(r.item) })));
  }
  return total;
}
