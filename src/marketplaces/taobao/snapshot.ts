// Pieces every Taobao/Tmall reader assembles an OrderSnapshot from.
import type { OrderSnapshot } from '../../rules/model';
import { assembleSnapshot, type SnapshotParts, type Status } from '../common/snapshot';
import { absoluteUrl, orderNumbers, orderRef } from '../common/ids';
import { normalise } from '../common/text';

// Taobao order numbers are 16–20 digits today.
const NUMBERS = orderNumbers(12, 24);

export const orderNumberIn = NUMBERS.numberIn;
/** The order number in one of a URL's query parameters (biz_order_id, bizOrderId …); null when absent. */
export const orderIdParam = (url: string, ...names: string[]) => NUMBERS.inParam(url, ...names);
/** A link as an absolute https address ("//trade.tmall.com/…" is protocol-relative); null otherwise. */
export const httpsUrl = (href: string | null | undefined, base: string) => absoluteUrl(href, base, 'https');
export { orderRef };

/** Orders bought on Tmall are detailed on trade.tmall.com; the link says which marketplace an order is. */
export function marketplaceOfLink(url: string | null): 'taobao' | 'tmall' {
  try {
    return url && new URL(url).hostname.toLowerCase() === 'trade.tmall.com' ? 'tmall' : 'taobao';
  } catch {
    return 'taobao';
  }
}

export { buttonLabels, uniqueLabels } from '../common/buttons';

export type { Status };

/** The snapshot of a Taobao or Tmall order (see common/snapshot.ts); titles come with stray spacing. */
export function snapshot(parts: SnapshotParts, problems: string[]): OrderSnapshot {
  return assembleSnapshot({ ...parts, title: parts.title && normalise(parts.title) }, orderRef(parts.orderId), problems);
}
