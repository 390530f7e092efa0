// The reader for one kind of Taobao/Tmall page, for the page code that reads it (src/content/bundles/).
import { readRefund } from '../read-refund';
import { readWith } from '../read-with';

export const read = readWith((_site, kind) => (kind === 'refund' ? readRefund : null));
