// Reading an export file back: the envelope is checked here, every item by the worker, in batches far
// below the router's message-size limit. The results of the batches add up to one answer.
import type { ImportResult } from '../lib/page-messages';
import { EXPORT_FORMAT, IMPORT_BATCH } from '../lib/transfer-limits';

type Send = (orders: unknown[], manual: unknown[]) => Promise<ImportResult | null>;

export async function importText(text: string, send: Send): Promise<ImportResult | 'not-an-export'> {
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
  const total: ImportResult = { added: 0, updated: 0, unchanged: 0, rejected: [] };
  for (let i = 0; i < Math.max(orders.length, manual.length); i += IMPORT_BATCH) {
    const part = await send(orders.slice(i, i + IMPORT_BATCH), manual.slice(i, i + IMPORT_BATCH));
    if (!part) return total;
    // Positions in a batch are renumbered to positions in the file.
    const renumber = (item: string) => item.replace(/#(\d+)/, (_, n: string) => `#${Number(n) + i}`);
    total.added += part.added;
    total.updated += part.updated;
    total.unchanged += part.unchanged;
    total.rejected.push(...part.rejected.map((r) => ({ ...r, item: renumber(r.item) })));
  }
  return total;
}
