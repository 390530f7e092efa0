// What the content script fetches for one kind of Taobao/Tmall page (../../lazy.ts).
import { readRefund } from '../read-refund';
import { readWith } from '../read-with';

export const read = readWith((_site, kind) => (kind === 'refund' ? readRefund : null));
